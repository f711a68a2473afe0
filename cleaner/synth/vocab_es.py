# ruff: noqa: E501
"""Spanish page furniture and article text, written for this project."""

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DATES = ["{d} de {month} de {y}", "{dd}/{mm}/{y}", "{dd}/{mm}/{y} {H}:{M}", "{y}-{mm}-{dd}", "Actualizado: {d} {month} {y} - {H}:{M}"]
MENU = ["Inicio", "Portada", "Noticias", "Nacional", "Internacional", "Política", "Economía", "Deportes", "Cultura", "Tecnología", "Ciencia", "Salud", "Opinión", "Sociedad", "Gente", "Vídeos", "Tiempo", "Suscríbete", "Iniciar sesión", "Contacto", "Hemeroteca", "Fútbol", "Motor", "Viajes"]
HOME = ["Inicio", "Portada", "Home"]
SOURCES = ["Diario del Sur", "La Crónica Digital", "EFE", "Europa Press", "El Noticiero", "Tecnoblog", "Mundo Deportivo Online", "Salud Hoy"]
AUTHORS = ["María García", "José Martínez", "Lucía Fernández", "Carlos López", "Ana Sánchez", "Javier Romero", "Elena Torres", "Pablo Ruiz"]
BYLINES = ["Por {author}", "{author} | {date}", "{source} | {date}", "Publicado el {date}", "Redacción {source}", "{date} - {author}", "Tiempo de lectura: {k} min", "Por {author} y {author2}"]
TAG_LABELS = ["Etiquetas:", "Temas:", "Palabras clave:", "Archivado en:"]
EDITOR = ["Edición: {author}", "Con información de {source}", "Redacción: {author}"]
NAV_PHRASES = ["Leer más", "Seguir leyendo", "Compartir", "Compartir en Facebook", "Imprimir", "Volver arriba", "Ir al contenido", "Menú", "Buscar", "Iniciar sesión", "Regístrate", "Suscríbete", "Publicidad", "Patrocinado", "Anterior", "Siguiente", "« Anterior | Siguiente »", "Cargar más", "Ver todo", "Lo más leído", "Te puede interesar", "Comentarios", "{n} comentarios", "Deja un comentario", "{n} visitas", "{n}", "Bienvenido a {source}", "Escanea el código QR para descargar la app", "?", "»", "Síguenos en redes"]
NAV_TEMPLATES = ["Artículo anterior: {title}", "Artículo siguiente: {title}", "Lee también: {title}", "Te puede interesar: {title}", "Relacionado: {title}"]
RELATED_HEADERS = ["Noticias relacionadas", "Te puede interesar", "Lo más leído", "Más noticias", "Artículos recomendados", "Últimas noticias"]
FORUM = ["Responder | Citar | Reportar", "Publicado por {author} el {date}", "Registrado: {date}", "Mensajes: {n}", "{author} escribió:", "Re: {title}", "Miembro desde {y}"]
COMMENT_CHROME = ["Comentarios", "Tu dirección de correo electrónico no será publicada.", "Publicar comentario", "Inicia sesión para comentar", "Sé el primero en comentar"]
COPYRIGHT = ["© {year} {source}. Todos los derechos reservados.", "Copyright © {year} {source}", "Queda prohibida la reproducción total o parcial sin autorización de {source}."]
REPRINT = ["Publicado originalmente en {source}.", "Prohibida su reproducción sin citar la fuente.", "Este artículo se publicó primero en {source}."]
DISCLAIMERS = ["Aviso legal: la información de esta página tiene carácter meramente informativo y no constituye asesoramiento financiero.", "Las opiniones expresadas son responsabilidad exclusiva de su autor.", "Este artículo contiene enlaces de afiliados; podemos recibir una comisión por las compras.", "El juego puede crear adicción. Juega con responsabilidad. +18", "Invertir conlleva riesgos, incluida la pérdida del capital."]
COOKIE = ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.", "Aceptar todas", "Rechazar", "Configurar cookies", "Política de cookies"]
PRIVACY = ["Aviso legal | Política de privacidad | Cookies", "Política de privacidad", "Condiciones de uso", "Al usar este sitio aceptas nuestra política de privacidad."]
SPAM_PROSE = ["Mejor casino online {y}: {n} giros gratis en {url}", "Compra viagra y cialis sin receta al mejor precio {url}", "Préstamos rápidos sin aval, dinero en 10 minutos: {url}", "Gana {n} euros al día con criptomonedas {url}", "Apuestas deportivas con bono de bienvenida {url}", "Contactos y escorts en tu ciudad {url}"]
SPAM_WORDS = ["casino", "giros gratis", "viagra", "préstamos rápidos", "apuestas", "escorts"]

TOPICS = [
    ("El Gobierno aprueba la reforma de la ley de vivienda", [
        "El Consejo de Ministros aprobó este martes la reforma de la ley de vivienda tras meses de negociaciones.",
        "La norma limita la subida anual de los alquileres en las zonas con mayor tensión del mercado.",
        "Las asociaciones de propietarios advierten de que la medida reducirá la oferta de pisos.",
        "Los sindicatos de inquilinos, en cambio, consideran que el texto se queda corto.",
        "La ley entrará en vigor al día siguiente de su publicación en el boletín oficial.",
    ]),
    ("La selección gana y se clasifica para la final", [
        "La selección derrotó por 3-1 a su rival y jugará la final del torneo el próximo domingo.",
        "El delantero marcó dos goles en la primera parte y fue elegido mejor jugador del partido.",
        "“Hemos sufrido, pero el equipo ha demostrado carácter”, dijo el seleccionador tras el encuentro.",
        "Más de 60.000 aficionados llenaron el estadio en una noche de calor.",
        "La final se disputará a las 21:00 y será retransmitida en abierto.",
    ]),
    ("Cómo afecta el calor extremo a la salud", [
        "Las olas de calor son cada vez más frecuentes e intensas, advierten los expertos.",
        "Las personas mayores, los niños y los enfermos crónicos son los más vulnerables.",
        "Se recomienda beber agua con frecuencia, evitar el sol en las horas centrales y llevar ropa ligera.",
        "Los síntomas de un golpe de calor incluyen mareo, dolor de cabeza y piel muy caliente.",
        "Ante cualquier síntoma grave, hay que llamar inmediatamente al 112.",
    ]),
    ("Regulación del juego online: nuevas restricciones a la publicidad", [
        "El Ministerio de Consumo ha endurecido las normas de publicidad de las casas de apuestas.",
        "Los operadores ya no podrán ofrecer bonos de bienvenida a nuevos clientes.",
        "Según los datos oficiales, el número de jugadores activos en casinos online creció un 15% el último año.",
        "Las asociaciones de jugadores en rehabilitación celebran la medida.",
    ]),
    ("Análisis: un portátil ligero con gran autonomía", [
        "El equipo pesa apenas 1,1 kilos y tiene una pantalla de 13 pulgadas con muy buen brillo.",
        "En nuestras pruebas, la batería aguantó casi 15 horas de uso ofimático.",
        "El teclado es cómodo, aunque el panel táctil resulta algo pequeño.",
        "Su precio de partida, 1.099 euros, lo sitúa en la gama media-alta.",
        "Conclusión: una opción muy recomendable para estudiantes y profesionales que viajan.",
    ]),
    ("Receta de tortilla de patatas", [
        "Pela y corta en láminas finas cuatro patatas medianas y una cebolla.",
        "Fríelas a fuego lento en abundante aceite de oliva durante unos 20 minutos.",
        "Bate seis huevos con una pizca de sal y mézclalos con las patatas escurridas.",
        "Cuaja la tortilla por ambos lados en una sartén y sírvela templada.",
    ]),
    ("Descubren una nueva especie de rana en la selva amazónica", [
        "Un equipo de biólogos ha descrito una nueva especie de rana de apenas dos centímetros.",
        "El animal fue hallado en una zona de difícil acceso durante una expedición de tres semanas.",
        "Los investigadores alertan de que su hábitat está amenazado por la deforestación.",
        "El hallazgo se ha publicado en una revista científica internacional.",
    ]),
    ("El paro baja por tercer mes consecutivo", [
        "El número de desempleados se redujo en 25.000 personas en septiembre.",
        "El sector servicios concentró la mayor parte de la creación de empleo.",
        "La afiliación a la Seguridad Social alcanzó un nuevo máximo histórico.",
        "Pregunta: ¿qué comunidades registraron más contratos? Respuesta: Madrid, Andalucía y Cataluña.",
        "Los economistas prevén una desaceleración moderada en los próximos meses.",
    ]),
]
SUBHEADS = ["Contexto", "Reacciones", "Conclusión", "Ingredientes", "Preparación", "Ventajas", "Inconvenientes", "Especificaciones", "Qué dicen los expertos", "Próximos pasos", "Claves"]
LIST_ITEMS = ["Peso: 1,1 kg", "Pantalla: 13 pulgadas", "Batería: 15 horas", "Precio: 1.099 euros", "4 patatas", "6 huevos", "1 cebolla", "- Bebe agua", "- Evita el sol"]

TOPICS += [
    ("Qué dice la ley sobre las cookies y el consentimiento", [
        "La Agencia de Protección de Datos ha publicado una nueva guía sobre el uso de cookies.",
        "Los sitios web deberán permitir rechazar las cookies con la misma facilidad con la que se aceptan.",
        "Seguir navegando ya no podrá interpretarse como un consentimiento válido.",
        "Las multas por incumplimiento pueden alcanzar los 20 millones de euros.",
    ]),
    ("Derechos de autor: la piratería audiovisual cae un 20%", [
        "Las descargas ilegales de películas y series se redujeron un 20% el último año.",
        "La industria atribuye el descenso al bloqueo de webs piratas y a la oferta de plataformas legales.",
        "Aun así, el fútbol sigue siendo el contenido más pirateado.",
        "Los titulares de derechos piden medidas más rápidas durante las retransmisiones en directo.",
    ]),
    ("Un tren de alta velocidad unirá las dos capitales en dos horas", [
        "El nuevo corredor ferroviario reducirá a la mitad el tiempo de viaje entre ambas ciudades.",
        "La obra ha costado más de 3.000 millones de euros y ha sufrido varios retrasos.",
        "Los primeros trenes comerciales circularán a partir de junio.",
        "Habrá doce frecuencias diarias en cada sentido.",
    ]),
    ("La inteligencia artificial llega a las aulas", [
        "Varios institutos han empezado a usar herramientas de inteligencia artificial en clase.",
        "Los profesores las emplean para preparar ejercicios y corregir redacciones.",
        "Algunos expertos advierten del riesgo de que los alumnos copien sin aprender.",
        "El ministerio prepara una guía de buenas prácticas para el próximo curso.",
        "¿Debe prohibirse su uso en los exámenes? La mayoría de los docentes cree que sí.",
    ]),
    ("Cinco consejos para ahorrar en la factura de la luz", [
        "Pon la lavadora y el lavavajillas en las horas más baratas.",
        "Sustituye las bombillas antiguas por otras de tecnología LED.",
        "Desenchufa los aparatos que no uses: el modo de espera también consume.",
        "Revisa la potencia contratada, porque muchos hogares pagan más de la que necesitan.",
    ]),
]
