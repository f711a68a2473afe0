# ruff: noqa: E501
"""French page furniture and article text, written for this project."""

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DATES = ["{d} {month} {y}", "le {d} {month} {y} à {H}h{M}", "{dd}/{mm}/{y}", "{y}-{mm}-{dd}", "Mis à jour le {dd}/{mm}/{y} à {H}:{M}", "Publié le {d} {month} {y}"]
MENU = ["Accueil", "Actualités", "Politique", "International", "Économie", "Société", "Sports", "Culture", "Sciences", "Santé", "Tech", "Planète", "Opinions", "Vidéos", "Météo", "Régions", "S'abonner", "Se connecter", "Contact", "Archives", "Podcasts", "Jeux"]
HOME = ["Accueil", "Page d'accueil"]
SOURCES = ["Le Quotidien du Nord", "La Dépêche Locale", "AFP", "Info Matin", "TechActu", "Sport Hebdo", "Santé Magazine en ligne", "Le Journal de la Ville"]
AUTHORS = ["Marie Dubois", "Pierre Martin", "Sophie Bernard", "Julien Petit", "Camille Durand", "Nicolas Leroy", "Claire Moreau", "Antoine Girard"]
BYLINES = ["Par {author}", "Par {author} | {date}", "{source} | {date}", "{date} - {author}", "Publié le {date}", "Temps de lecture : {k} min", "Par {author} et {author2}", "La rédaction de {source}"]
TAG_LABELS = ["Mots-clés :", "Tags :", "Thèmes :", "Sujets :"]
EDITOR = ["Édité par {author}", "Avec {source}", "Propos recueillis par {author}"]
NAV_PHRASES = ["Lire la suite", "Lire aussi", "Partager", "Partager sur Facebook", "Imprimer", "Retour en haut", "Aller au contenu", "Menu", "Rechercher", "Se connecter", "S'inscrire", "S'abonner", "Publicité", "Contenu sponsorisé", "Précédent", "Suivant", "« Précédent | Suivant »", "Voir plus", "Les plus lus", "À lire aussi", "Commentaires", "{n} commentaires", "Laisser un commentaire", "{n} vues", "{n}", "Bienvenue sur {source}", "Scannez le QR code pour télécharger l'application", "?", "»", "Suivez-nous"]
NAV_TEMPLATES = ["Article précédent : {title}", "Article suivant : {title}", "Lire aussi : {title}", "À lire aussi : {title}", "Voir aussi : {title}"]
RELATED_HEADERS = ["Articles similaires", "À lire aussi", "Les plus lus", "Dernières actualités", "Sur le même sujet", "Nos recommandations"]
FORUM = ["Répondre | Citer | Signaler", "Posté par {author} le {date}", "Inscrit le : {date}", "Messages : {n}", "{author} a écrit :", "Re: {title}", "Membre depuis {y}"]
COMMENT_CHROME = ["Commentaires", "Votre adresse e-mail ne sera pas publiée.", "Publier le commentaire", "Connectez-vous pour commenter", "Soyez le premier à réagir"]
COPYRIGHT = ["© {year} {source}. Tous droits réservés.", "Copyright © {year} {source}", "Toute reproduction interdite sans l'autorisation de {source}."]
REPRINT = ["Cet article a été initialement publié sur {source}.", "Reproduction interdite sans mention de la source.", "Article republié avec l'autorisation de {source}."]
DISCLAIMERS = ["Avertissement : les informations de ce site sont fournies à titre indicatif et ne constituent pas un conseil en investissement.", "Les propos tenus dans cette tribune n'engagent que leur auteur.", "Cet article contient des liens affiliés ; nous pouvons percevoir une commission.", "Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13.", "Investir comporte un risque de perte en capital."]
COOKIE = ["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.", "Tout accepter", "Tout refuser", "Paramétrer les cookies", "Gestion des cookies"]
PRIVACY = ["Mentions légales | Politique de confidentialité | Cookies", "Politique de confidentialité", "Conditions générales d'utilisation", "En utilisant ce site, vous acceptez nos CGU."]
SPAM_PROSE = ["Meilleur casino en ligne {y} : {n} tours gratuits sur {url}", "Acheter viagra et cialis sans ordonnance {url}", "Crédit rapide sans justificatif, réponse immédiate : {url}", "Gagnez {n} euros par jour grâce au bitcoin {url}", "Paris sportifs : bonus de bienvenue exclusif {url}", "Rencontres coquines près de chez vous {url}"]
SPAM_WORDS = ["casino", "tours gratuits", "viagra", "crédit rapide", "paris sportifs", "escort"]

TOPICS = [
    ("Réforme des retraites : le texte adopté en commission", [
        "Le projet de loi a été adopté mercredi soir en commission après plus de dix heures de débats.",
        "Les députés de l'opposition ont déposé près de 2 000 amendements.",
        "Le gouvernement assure que la réforme est indispensable pour équilibrer le système.",
        "Les syndicats appellent à une nouvelle journée de mobilisation la semaine prochaine.",
        "Le texte sera examiné en séance publique à partir du 12 février.",
    ]),
    ("Tour de France : victoire au sommet pour le jeune grimpeur", [
        "Le coureur de 23 ans s'est imposé en solitaire au terme d'une étape de montagne très disputée.",
        "Il a attaqué à huit kilomètres de l'arrivée et n'a plus été rejoint.",
        "« C'est le plus beau jour de ma carrière », a-t-il déclaré, les larmes aux yeux.",
        "Le maillot jaune a limité les dégâts et conserve la tête du classement général.",
        "La course repart demain pour une étape de plaine favorable aux sprinteurs.",
    ]),
    ("Sommeil : les adolescents dorment de moins en moins", [
        "Selon une étude publiée cette semaine, un adolescent sur trois dort moins de sept heures par nuit.",
        "Les écrans sont pointés du doigt, en particulier l'usage du téléphone au lit.",
        "Le manque de sommeil a des effets sur la concentration, l'humeur et la santé.",
        "Les médecins recommandent de couper les écrans une heure avant le coucher.",
    ]),
    ("Jeux d'argent en ligne : l'autorité renforce les contrôles", [
        "L'autorité de régulation des jeux a annoncé un renforcement des contrôles sur les sites de paris.",
        "Les opérateurs devront vérifier plus strictement l'âge et l'identité des joueurs.",
        "Plus de 200 sites illégaux de casino ont été bloqués depuis le début de l'année.",
        "Les associations de prévention saluent une avancée mais réclament davantage de moyens.",
    ]),
    ("Test : une montre connectée robuste et autonome", [
        "Cette montre tient jusqu'à douze jours sur une seule charge en usage normal.",
        "Le GPS est précis et la mesure du rythme cardiaque s'est montrée fiable.",
        "Son boîtier en titane résiste à l'eau jusqu'à 100 mètres.",
        "On regrette une application mobile encore perfectible.",
        "Verdict : un excellent choix pour les sportifs qui veulent oublier le chargeur.",
    ]),
    ("Recette : la quiche lorraine traditionnelle", [
        "Préchauffez le four à 180 degrés et étalez la pâte brisée dans un moule.",
        "Faites revenir 200 grammes de lardons dans une poêle sans matière grasse.",
        "Battez trois œufs avec 20 centilitres de crème fraîche, salez et poivrez.",
        "Versez l'appareil sur les lardons et enfournez pour 35 minutes.",
    ]),
    ("La croissance française légèrement revue à la hausse", [
        "L'Insee a relevé sa prévision de croissance à 1,1 % pour l'année en cours.",
        "La consommation des ménages a mieux résisté que prévu au troisième trimestre.",
        "L'investissement des entreprises reste en revanche à la peine.",
        "Question : l'inflation va-t-elle continuer de baisser ? Réponse : les économistes l'anticipent autour de 2 %.",
    ]),
    ("Un nouveau parc ouvre ses portes en centre-ville", [
        "Après deux ans de travaux, le parc de quatre hectares a été inauguré samedi.",
        "Il comprend des aires de jeux, un jardin partagé et une piste cyclable.",
        "Les riverains se réjouissent de disposer enfin d'un espace vert à proximité.",
        "Le parc est ouvert tous les jours de 7 heures à 21 heures.",
    ]),
]
SUBHEADS = ["Contexte", "Réactions", "En bref", "Ingrédients", "Préparation", "Les plus", "Les moins", "Caractéristiques", "Ce qu'il faut retenir", "Et maintenant ?"]
LIST_ITEMS = ["Autonomie : 12 jours", "Étanchéité : 100 m", "Prix : 449 euros", "1 pâte brisée", "200 g de lardons", "3 œufs", "- Les plus : autonomie", "- Les moins : application"]

TOPICS += [
    ("Cookies : la CNIL sanctionne plusieurs sites", [
        "La CNIL a infligé des amendes à plusieurs sites qui ne permettaient pas de refuser les cookies aussi facilement que de les accepter.",
        "Le bouton « Tout refuser » doit désormais apparaître dès le premier écran.",
        "Les éditeurs disposent de trois mois pour se mettre en conformité.",
        "Les associations de consommateurs saluent une décision attendue depuis longtemps.",
    ]),
    ("Droit d'auteur : accord entre les éditeurs de presse et une plateforme", [
        "Les éditeurs de presse ont signé un accord sur la rémunération de leurs contenus au titre des droits voisins.",
        "Le montant n'a pas été rendu public, mais il serait de plusieurs dizaines de millions d'euros.",
        "Les syndicats de journalistes demandent qu'une partie revienne aux auteurs.",
        "L'accord couvre une durée de trois ans.",
    ]),
    ("Accès des mineurs aux sites pornographiques : le blocage se précise", [
        "Le régulateur de l'audiovisuel a mis en demeure plusieurs sites pornographiques de vérifier l'âge de leurs visiteurs.",
        "Une simple case à cocher ne suffit plus, estime l'autorité.",
        "Les sites qui ne respectent pas leurs obligations pourront être bloqués par les fournisseurs d'accès.",
        "Des associations de protection de l'enfance réclamaient cette mesure depuis des années.",
    ]),
    ("Les prix de l'immobilier reculent dans les grandes villes", [
        "Les prix des logements anciens ont baissé de 4 % en un an dans les dix plus grandes villes.",
        "La hausse des taux d'intérêt a réduit la capacité d'emprunt des ménages.",
        "Les notaires observent toutefois une reprise des transactions depuis l'été.",
        "À Paris, le mètre carré repasse sous la barre des 10 000 euros.",
    ]),
    ("Le télétravail s'installe durablement", [
        "Près d'un salarié sur trois télétravaille au moins un jour par semaine.",
        "Les cadres sont de loin les plus concernés.",
        "Les entreprises réduisent leurs surfaces de bureaux pour faire des économies.",
        "Comment garder le lien avec les équipes ? Beaucoup misent sur des journées de présence communes.",
    ]),
]
