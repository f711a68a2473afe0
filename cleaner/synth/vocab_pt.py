# ruff: noqa: E501
"""Portuguese page furniture and article text, written for this project."""

MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
DATES = ["{d} de {month} de {y}", "{dd}/{mm}/{y}", "{dd}/{mm}/{y} {H}h{M}", "{y}-{mm}-{dd}", "Atualizado em {dd}/{mm}/{y} às {H}:{M}"]
MENU = ["Início", "Notícias", "Brasil", "Mundo", "Política", "Economia", "Esportes", "Desporto", "Cultura", "Tecnologia", "Ciência", "Saúde", "Opinião", "Vídeos", "Tempo", "Assine", "Entrar", "Contato", "Educação", "Carros", "Entretenimento"]
HOME = ["Início", "Página inicial", "Home"]
SOURCES = ["Jornal da Cidade", "Folha do Litoral", "Agência Notícias", "Portal Tech", "Gazeta Esportiva Online", "Diário de Lisboa Digital", "Saúde em Dia"]
AUTHORS = ["Ana Souza", "João Silva", "Mariana Costa", "Pedro Oliveira", "Beatriz Santos", "Rafael Almeida", "Carla Pereira", "Lucas Ferreira"]
BYLINES = ["Por {author}", "{author} | {date}", "{source} - {date}", "Publicado em {date}", "Da redação", "{date} - Atualizado há {n} horas", "Por {author} e {author2}", "Tempo de leitura: {k} min"]
TAG_LABELS = ["Tags:", "Palavras-chave:", "Temas:", "Assuntos:"]
EDITOR = ["Edição: {author}", "Com informações de {source}", "Colaborou {author}"]
NAV_PHRASES = ["Leia mais", "Continue lendo", "Compartilhar", "Partilhar", "Imprimir", "Voltar ao topo", "Ir para o conteúdo", "Menu", "Buscar", "Entrar", "Cadastre-se", "Assine já", "Publicidade", "Patrocinado", "Anterior", "Próximo", "« Anterior | Próximo »", "Carregar mais", "Mais lidas", "Veja também", "Comentários", "{n} comentários", "Deixe seu comentário", "{n} visualizações", "{n}", "Bem-vindo ao {source}", "Escaneie o QR code e baixe o app", "?", "»", "Siga-nos"]
NAV_TEMPLATES = ["Post anterior: {title}", "Próximo post: {title}", "Leia também: {title}", "Veja também: {title}", "Relacionado: {title}"]
RELATED_HEADERS = ["Notícias relacionadas", "Leia também", "Mais lidas", "Últimas notícias", "Você pode gostar", "Recomendados"]
FORUM = ["Responder | Citar | Denunciar", "Postado por {author} em {date}", "Registrado em: {date}", "Mensagens: {n}", "{author} escreveu:", "Re: {title}"]
COMMENT_CHROME = ["Comentários", "O seu endereço de e-mail não será publicado.", "Publicar comentário", "Faça login para comentar"]
COPYRIGHT = ["© {year} {source}. Todos os direitos reservados.", "Copyright © {year} {source}", "É proibida a reprodução total ou parcial sem autorização de {source}."]
REPRINT = ["Publicado originalmente em {source}.", "Reprodução permitida desde que citada a fonte.", "Este texto foi publicado primeiro no {source}."]
DISCLAIMERS = ["Aviso: as informações deste site têm caráter informativo e não constituem recomendação de investimento.", "As opiniões expressas são de responsabilidade exclusiva do autor.", "Este conteúdo contém links de afiliados.", "Jogue com responsabilidade. Proibido para menores de 18 anos.", "Investimentos envolvem riscos, inclusive de perda do capital."]
COOKIE = ["Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade.", "Aceitar todos", "Rejeitar", "Configurações de cookies", "Política de cookies"]
PRIVACY = ["Termos de uso | Política de privacidade", "Política de privacidade", "Termos de serviço", "Ao utilizar este site, você aceita os nossos termos."]
SPAM_PROSE = ["Melhor cassino online {y}: {n} rodadas grátis em {url}", "Compre viagra e cialis sem receita {url}", "Empréstimo rápido sem consulta ao SPC: {url}", "Ganhe R$ {n} por dia com bitcoin {url}", "Apostas esportivas com bônus de boas-vindas {url}", "Acompanhantes de luxo na sua cidade {url}"]
SPAM_WORDS = ["cassino", "rodadas grátis", "viagra", "empréstimo rápido", "apostas", "acompanhantes"]

TOPICS = [
    ("Câmara aprova projeto que amplia licença-paternidade", [
        "A Câmara dos Deputados aprovou nesta terça-feira o projeto que amplia a licença-paternidade de 5 para 20 dias.",
        "A proposta segue agora para o Senado, onde deve ser votada até o fim do semestre.",
        "Segundo o relator, a medida estimula a divisão das tarefas de cuidado com os filhos.",
        "Entidades empresariais pedem uma transição gradual para reduzir os custos.",
        "Se aprovada, a lei entra em vigor 90 dias após a publicação.",
    ]),
    ("Seleção vence clássico e lidera eliminatórias", [
        "Com gols no segundo tempo, a seleção venceu o clássico por 2 a 0 e assumiu a liderança.",
        "O técnico elogiou a postura defensiva da equipe.",
        "“Foi uma vitória construída com paciência”, disse o capitão após a partida.",
        "O próximo jogo será na quinta-feira, fora de casa.",
    ]),
    ("Dengue: como se proteger durante o verão", [
        "Com o aumento das chuvas, os casos de dengue voltaram a crescer em várias regiões.",
        "A principal forma de prevenção é eliminar água parada em vasos, pneus e garrafas.",
        "Febre alta, dor atrás dos olhos e manchas na pele estão entre os sintomas mais comuns.",
        "O Ministério da Saúde ampliou a faixa etária da vacinação.",
        "Em caso de sintomas, procure uma unidade de saúde e evite a automedicação.",
    ]),
    ("Regulamentação das apostas esportivas entra em nova fase", [
        "As empresas de apostas online passam a precisar de autorização do governo para operar no país.",
        "As casas de apostas deverão ter sede no Brasil e pagar uma outorga milionária.",
        "Especialistas alertam para o crescimento do endividamento ligado aos jogos de azar.",
        "A publicidade de cassinos online também terá regras mais rígidas.",
    ]),
    ("Análise: fone sem fio com cancelamento de ruído", [
        "O fone oferece um cancelamento de ruído eficiente, sobretudo em ambientes como ônibus e aviões.",
        "A bateria durou cerca de 30 horas em nossos testes.",
        "O som é equilibrado, com graves presentes sem exageros.",
        "Ponto negativo: o estojo é grande e pesado.",
        "Vale a pena para quem viaja com frequência.",
    ]),
    ("Receita de pão de queijo mineiro", [
        "Ferva um copo de leite com meio copo de óleo e uma colher de sal.",
        "Escalde 500 gramas de polvilho azedo com essa mistura e deixe esfriar.",
        "Acrescente dois ovos e 200 gramas de queijo meia cura ralado.",
        "Modele bolinhas e asse em forno preaquecido a 180 graus por 25 minutos.",
    ]),
    ("Inflação desacelera e juros podem cair", [
        "O índice oficial de inflação subiu 0,24% em outubro, abaixo das expectativas.",
        "Os preços dos alimentos recuaram pelo segundo mês seguido.",
        "Economistas já projetam um corte na taxa básica de juros na próxima reunião.",
        "Pergunta: o que muda para o consumidor? Resposta: o crédito tende a ficar mais barato.",
    ]),
    ("Bairro ganha nova biblioteca comunitária", [
        "A biblioteca foi montada por moradores em um antigo galpão da prefeitura.",
        "O acervo inicial conta com mais de 4 mil livros doados.",
        "Além do empréstimo de livros, o espaço oferece oficinas de leitura para crianças.",
        "O horário de funcionamento é de segunda a sábado, das 9h às 18h.",
    ]),
]
SUBHEADS = ["Contexto", "Repercussão", "Conclusão", "Ingredientes", "Modo de preparo", "Prós", "Contras", "Ficha técnica", "O que diz a lei", "Próximos passos"]
LIST_ITEMS = ["Bateria: 30 horas", "Peso: 250 g", "Preço: R$ 899", "500 g de polvilho azedo", "2 ovos", "1 copo de leite", "- Prós: bateria", "- Contras: estojo grande"]

TOPICS += [
    ("Lei de proteção de dados: sites terão de rever avisos de cookies", [
        "A autoridade nacional de proteção de dados publicou orientações sobre o uso de cookies.",
        "Os sites deverão oferecer a opção de recusar os cookies não essenciais.",
        "Caixas já marcadas deixam de ser consideradas consentimento válido.",
        "As empresas que descumprirem as regras podem ser multadas.",
    ]),
    ("Direitos autorais: plataformas de música fecham acordo com artistas", [
        "As principais plataformas de streaming assinaram um acordo sobre a remuneração de compositores.",
        "O valor pago por execução deve aumentar gradualmente nos próximos três anos.",
        "Os artistas independentes dizem que a mudança ainda é insuficiente.",
        "O acordo precisa ser homologado pelo órgão regulador.",
    ]),
    ("Chuvas fortes deixam cidades em alerta", [
        "A Defesa Civil emitiu alerta para chuvas intensas em várias cidades da região.",
        "Em algumas áreas, choveu em um dia o esperado para todo o mês.",
        "Moradores de áreas de risco foram orientados a deixar suas casas.",
        "As aulas foram suspensas nesta segunda-feira.",
    ]),
    ("Startup brasileira desenvolve drone para monitorar plantações", [
        "O equipamento identifica pragas e falta de água nas lavouras a partir de imagens aéreas.",
        "Segundo a empresa, o uso de defensivos agrícolas pode cair até 30%.",
        "A startup recebeu um aporte de 15 milhões de reais de fundos de investimento.",
        "O próximo passo é expandir a operação para outros países da América do Sul.",
    ]),
    ("Como montar uma reserva de emergência", [
        "Especialistas recomendam guardar o equivalente a seis meses de despesas.",
        "O dinheiro deve ficar em aplicações seguras e com resgate imediato.",
        "Comece com pouco: o importante é criar o hábito de poupar todo mês.",
        "Evite usar a reserva para compras que não sejam realmente urgentes.",
    ]),
]
