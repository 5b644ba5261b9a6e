// The interface text in English, Spanish, French and Chinese. The language is
// the one chosen with the switch (kept in localStorage), else the browser's
// (navigator.languages), else English. Every language has every key (a test
// checks it); t(key, {vars}) fills {var} placeholders.
export const LANGS = [['en', 'English'], ['es', 'Español'], ['fr', 'Français'], ['zh', '中文']];
export const THEMES = ['health', 'agriculture', 'ecommerce', 'tourism', 'drr', 'transport', 'green'];
export const TYPES = ['good_practice', 'training_report', 'webinar_transcript', 'publication', 'news', 'video', 'newsletter', 'other'];
const STORE = 'silkdex.lang';

export const STRINGS = {
  en: {
    tagline: 'Silk Road Cities knowledge', skip: 'Skip to content', mainNav: 'Main', language: 'Language',
    languageChanged: 'Language changed to English',
    navSearch: 'Search', navClusters: 'Clusters', navStaff: 'Staff sign-in', navStaffSignedIn: 'Staff', navModeration: 'Moderation',
    homeTitle: 'Find what cities have learned',
    homeLead: 'Good practices, training reports, webinar transcripts, publications and news of the UNOSSC Silk Road Cities project: South-South and triangular cooperation among cities for the Sustainable Development Goals, in seven focus areas.',
    searchTitle: 'Search', searchLabel: 'Search the knowledge base', searchPlaceholder: 'e.g. disaster risk reduction, Medellín, 敦煌',
    searchButton: 'Search', suggestions: 'Suggestions', suggestionsCount: '{n} suggestions; use the arrow keys to choose',
    kind_title: 'document', kind_city: 'city', kind_tag: 'tag', kind_partner: 'partner', kind_country: 'country',
    browseThemes: 'Browse by focus area', nDocuments: '{n} documents', featured: 'Featured', mostViewed: 'Most viewed',
    nResults: '{n} results', sortBy: 'Sort by', sort_relevance: 'Relevance', 'sort_-date': 'Newest first', sort_date: 'Oldest first', sort_views: 'Most viewed',
    didYouMean: 'Did you mean', noResults: 'Nothing was found.', noResultsFor: 'Nothing was found for “{q}”.',
    tryFewerFilters: 'Remove a filter to widen the search.', tryOtherWords: 'Try other or fewer words, or another language.', orBrowse: 'Or browse a focus area:',
    refine: 'Refine', activeFilters: 'Active filters', removeFilter: 'Remove filter {filter}', clearAll: 'Clear all filters',
    facet_theme: 'Focus area', facet_type: 'Type', facet_country: 'Country', facet_city: 'City', facet_year: 'Year', facet_partner: 'Partner',
    facet_lang: 'Language', facet_tag: 'Tag', facet_sdg: 'SDG',
    pinned: 'Pinned', saidAt: 'said at {time}', saidAtBy: 'said at {time} by {speaker}', pages: 'Pages', pageN: 'Page {n}', previous: 'Previous', next: 'Next',
    themes: 'Focus areas', givenThemes: 'Given focus areas', suggestedThemes: 'Suggested by the thematic plugins',
    suggestedHelp: 'Staff accept or reject each suggestion; the words that led to it are shown.',
    confidence: '{pct}% confidence', evidence: 'Evidence:', accept: 'Accept', reject: 'Reject', noThemes: 'No focus area given yet.',
    addTheme: 'Add a focus area', add: 'Add', removeTheme: 'Remove focus area {theme}',
    themeAccepted: 'Accepted {theme}', themeRejected: 'Rejected {theme}', themeAdded: 'Added {theme}', themeRemoved: 'Removed {theme}',
    tags: 'Tags', noTags: 'No tags yet.', addTag: 'Add a tag', removeTag: 'Remove tag {tag}', tagAdded: 'Added tag {tag}', tagRemoved: 'Removed tag {tag}',
    extracted: 'Found in the text', quantities: 'Quantities', asWritten: 'As written', value: 'Value', unit: 'Unit', counts: 'Counts',
    entity_agri_topic: 'Agriculture topics', entity_climate_action: 'Climate action', entity_crop_product: 'Crops and products', entity_digital_technology: 'Digital technology', entity_disease: 'Diseases', entity_drr_framework: 'DRR frameworks', entity_drr_measure: 'DRR measures', entity_drr_phase: 'Disaster phases', entity_ecommerce_topic: 'E-commerce topics', entity_green_practice: 'Green practices', entity_hazard: 'Hazards', entity_health_measure: 'Health measures', entity_heritage: 'Heritage', entity_medical_supply: 'Medical supplies', entity_platform: 'Platforms', entity_producer: 'Producers', entity_renewable_source: 'Renewable sources', entity_sendai_priority: 'Sendai Framework priorities', entity_tourism_kind: 'Kinds of tourism', entity_tourism_topic: 'Tourism topics', entity_transport_mode: 'Transport modes', entity_transport_topic: 'Transport topics',
    entity_value_chain_stage: 'Value chain stages', entity_waste_stream: 'Waste streams',
    transcript: 'Transcript', momentLink: 'Moment {time}', fullText: 'Full text', similarPractices: 'Similar good practices', similarDocuments: 'Similar documents',
    history: 'History', noHistory: 'No changes recorded.', historyUnavailable: 'This server does not record history yet.',
    h_when: 'When', h_who: 'Who', h_action: 'What', h_changes: 'Changes', reason: 'Reason',
    type: 'Type', date: 'Date', cities: 'Cities', countries: 'Countries', partners: 'Partners', sdgs: 'Goals', views: 'Views', status: 'Status',
    source: 'Source', clusters: 'Clusters', identifier: 'Identifier', title: 'Title', summary: 'Summary', body: 'Text',
    status_draft: 'Draft', status_in_review: 'In review', status_published: 'Published', status_rejected: 'Rejected', status_archived: 'Archived',
    documentNotFound: 'Document not found', documentNotFoundHelp: 'It may not exist, or not be published yet.', backToSearch: 'Back to search',
    notFound: 'Page not found', error: 'Something went wrong',
    review: 'Review', publish: 'Publish', rejectReason: 'Reason for rejecting', reasonRequired: 'Give a reason for rejecting.', published: 'Published', rejected: 'Rejected',
    staffTitle: 'Staff', staffLead: 'Tag documents, accept or reject suggested focus areas and submit new knowledge products. Your key is kept in this browser tab only.',
    apiKey: 'API key', keyHint: 'Made with “silkdex keys create”. It is kept for this tab only and sent to this server alone.',
    signIn: 'Sign in', signOut: 'Sign out', signedOut: 'Signed out', signedInAs: 'Signed in as {role}.', yourClusters: 'Your clusters',
    roleGuessed: '(This server cannot say more about the key.)', keyInvalid: 'This key is not valid.',
    role_public: 'the public', role_staff: 'staff', role_moderator: 'moderator', role_admin: 'administrator',
    submitForm: 'Submit a document', submitFile: 'Upload a file', submit: 'Submit', upload: 'Upload', file: 'File',
    fileHint: 'JSON, NDJSON, Markdown, HTML, text, WebVTT, SRT or PDF.', metadataForFile: 'Metadata (optional)',
    metadataHint: 'For Markdown, HTML, text, transcripts and PDF; a JSON file carries its own.', fromFile: 'From the file',
    languageHint: 'A language code: en, es, fr, zh, pt, ru…', dateHint: 'YYYY, YYYY-MM or YYYY-MM-DD', citiesHint: 'Separate cities with “;”, e.g. Medellín, Colombia; Udine, Italy',
    tagsHint: 'Separate tags with commas', submitted: 'Submitted {n} document(s) for review:', someFailed: '{n} record(s) could not be read:', line: 'Line',
    badJson: 'The file is not valid JSON: {detail}', unsupportedFile: '{name} is not a format silkdex reads.',
    toModeration: 'Go to moderation', toStaff: 'Sign in on the staff page.',
    moderationTitle: 'Moderation', needModerator: 'This page is for moderators.', moderationUnavailable: 'This server does not offer curation yet.',
    noClusters: 'You moderate no cluster.', cluster: 'Cluster', viewClusterPage: 'View the public cluster page',
    reviewQueue: 'Review queue', queueEmpty: 'Nothing is waiting for review.', submittedAt: 'submitted',
    featuredItems: 'Featured items', noFeatured: 'No featured items yet.', featuredUnavailable: 'Featured items come with curation.',
    moveUp: 'Move {item} up', moveDown: 'Move {item} down', moved: 'Moved {item}', noteFor: 'Note for {item}', saveNote: 'Save note', remove: 'Remove', removed: 'Removed',
    addItem: 'Add an item', findToFeature: 'Find a document to feature', feature: 'Feature', featuredDone: 'Featured {item}',
    pins: 'Pins', pinsHelp: 'Pinned documents come first, in this order, when someone searches this cluster for the query.',
    pinQuery: 'Query', editPins: 'Edit pins', editPinsFor: 'Pins for “{q}”', pinnedFor: 'Pinned for “{q}”', noPins: 'Nothing pinned yet.',
    findToPin: 'Find a document to pin', pin: 'Pin', unpin: 'Unpin', pinAdded: 'Pinned {item}; save to keep it', savePins: 'Save pins', pinsSaved: 'Saved the pins for “{q}”',
    clustersTitle: 'Thematic clusters', clustersLead: 'Communities of practice of the Silk Road Cities project, one for each focus area.',
    nItems: '{n} items', clusterNotFound: 'Cluster not found', allClusters: 'All clusters', searchInCluster: 'Search in {cluster}',
    clusterCounts: '{m} moderators · {n} items', latest: 'Latest published', allInTheme: 'Everything in {theme}',
  },
  es: {
    tagline: 'Conocimiento de las Ciudades de la Ruta de la Seda', skip: 'Ir al contenido', mainNav: 'Principal', language: 'Idioma',
    languageChanged: 'Idioma cambiado a español',
    navSearch: 'Buscar', navClusters: 'Grupos temáticos', navStaff: 'Acceso del personal', navStaffSignedIn: 'Personal', navModeration: 'Moderación',
    homeTitle: 'Descubra lo que han aprendido las ciudades',
    homeLead: 'Buenas prácticas, informes de formación, transcripciones de seminarios web, publicaciones y noticias del proyecto Ciudades de la Ruta de la Seda de la UNOSSC: cooperación Sur-Sur y triangular entre ciudades para los Objetivos de Desarrollo Sostenible, en siete áreas prioritarias.',
    searchTitle: 'Buscar', searchLabel: 'Buscar en la base de conocimiento', searchPlaceholder: 'p. ej. reducción del riesgo de desastres, Medellín, 敦煌',
    searchButton: 'Buscar', suggestions: 'Sugerencias', suggestionsCount: '{n} sugerencias; use las flechas para elegir',
    kind_title: 'documento', kind_city: 'ciudad', kind_tag: 'etiqueta', kind_partner: 'socio', kind_country: 'país',
    browseThemes: 'Explorar por área prioritaria', nDocuments: '{n} documentos', featured: 'Destacados', mostViewed: 'Más vistos',
    nResults: '{n} resultados', sortBy: 'Ordenar por', sort_relevance: 'Relevancia', 'sort_-date': 'Más recientes', sort_date: 'Más antiguos', sort_views: 'Más vistos',
    didYouMean: 'Quizás quiso decir', noResults: 'No se encontró nada.', noResultsFor: 'No se encontró nada para «{q}».',
    tryFewerFilters: 'Quite un filtro para ampliar la búsqueda.', tryOtherWords: 'Pruebe otras palabras, menos palabras u otro idioma.', orBrowse: 'O explore un área:',
    refine: 'Refinar', activeFilters: 'Filtros activos', removeFilter: 'Quitar el filtro {filter}', clearAll: 'Quitar todos los filtros',
    facet_theme: 'Área prioritaria', facet_type: 'Tipo', facet_country: 'País', facet_city: 'Ciudad', facet_year: 'Año', facet_partner: 'Socio',
    facet_lang: 'Idioma', facet_tag: 'Etiqueta', facet_sdg: 'ODS',
    pinned: 'Fijado', saidAt: 'dicho en {time}', saidAtBy: 'dicho en {time} por {speaker}', pages: 'Páginas', pageN: 'Página {n}', previous: 'Anterior', next: 'Siguiente',
    themes: 'Áreas prioritarias', givenThemes: 'Áreas asignadas', suggestedThemes: 'Sugeridas por los complementos temáticos',
    suggestedHelp: 'El personal acepta o rechaza cada sugerencia; se muestran las palabras que la motivaron.',
    confidence: '{pct} % de confianza', evidence: 'Indicios:', accept: 'Aceptar', reject: 'Rechazar', noThemes: 'Aún no tiene área asignada.',
    addTheme: 'Añadir un área', add: 'Añadir', removeTheme: 'Quitar el área {theme}',
    themeAccepted: '{theme} aceptada', themeRejected: '{theme} rechazada', themeAdded: '{theme} añadida', themeRemoved: '{theme} quitada',
    tags: 'Etiquetas', noTags: 'Aún no hay etiquetas.', addTag: 'Añadir una etiqueta', removeTag: 'Quitar la etiqueta {tag}', tagAdded: 'Etiqueta {tag} añadida', tagRemoved: 'Etiqueta {tag} quitada',
    extracted: 'Encontrado en el texto', quantities: 'Cantidades', asWritten: 'Tal como se escribió', value: 'Valor', unit: 'Unidad', counts: 'Cuenta',
    entity_agri_topic: 'Temas agrícolas', entity_climate_action: 'Acción climática', entity_crop_product: 'Cultivos y productos', entity_digital_technology: 'Tecnología digital', entity_disease: 'Enfermedades', entity_drr_framework: 'Marcos de RRD', entity_drr_measure: 'Medidas de RRD', entity_drr_phase: 'Fases del desastre', entity_ecommerce_topic: 'Temas de comercio electrónico', entity_green_practice: 'Prácticas verdes', entity_hazard: 'Amenazas', entity_health_measure: 'Medidas sanitarias', entity_heritage: 'Patrimonio', entity_medical_supply: 'Suministros médicos', entity_platform: 'Plataformas', entity_producer: 'Productores', entity_renewable_source: 'Fuentes renovables', entity_sendai_priority: 'Prioridades del Marco de Sendái', entity_tourism_kind: 'Tipos de turismo', entity_tourism_topic: 'Temas de turismo', entity_transport_mode: 'Modos de transporte', entity_transport_topic: 'Temas de transporte',
    entity_value_chain_stage: 'Etapas de la cadena de valor', entity_waste_stream: 'Flujos de residuos',
    transcript: 'Transcripción', momentLink: 'Momento {time}', fullText: 'Texto completo', similarPractices: 'Buenas prácticas similares', similarDocuments: 'Documentos similares',
    history: 'Historial', noHistory: 'No hay cambios registrados.', historyUnavailable: 'Este servidor aún no registra el historial.',
    h_when: 'Cuándo', h_who: 'Quién', h_action: 'Qué', h_changes: 'Cambios', reason: 'Motivo',
    type: 'Tipo', date: 'Fecha', cities: 'Ciudades', countries: 'Países', partners: 'Socios', sdgs: 'Objetivos', views: 'Vistas', status: 'Estado',
    source: 'Fuente', clusters: 'Grupos temáticos', identifier: 'Identificador', title: 'Título', summary: 'Resumen', body: 'Texto',
    status_draft: 'Borrador', status_in_review: 'En revisión', status_published: 'Publicado', status_rejected: 'Rechazado', status_archived: 'Archivado',
    documentNotFound: 'Documento no encontrado', documentNotFoundHelp: 'Puede que no exista o que aún no esté publicado.', backToSearch: 'Volver a la búsqueda',
    notFound: 'Página no encontrada', error: 'Algo salió mal',
    review: 'Revisión', publish: 'Publicar', rejectReason: 'Motivo del rechazo', reasonRequired: 'Indique un motivo para rechazar.', published: 'Publicado', rejected: 'Rechazado',
    staffTitle: 'Personal', staffLead: 'Etiquete documentos, acepte o rechace las áreas sugeridas y envíe nuevos productos de conocimiento. Su clave se guarda solo en esta pestaña.',
    apiKey: 'Clave de API', keyHint: 'Creada con «silkdex keys create». Se guarda solo en esta pestaña y solo se envía a este servidor.',
    signIn: 'Entrar', signOut: 'Salir', signedOut: 'Sesión cerrada', signedInAs: 'Sesión iniciada como {role}.', yourClusters: 'Sus grupos',
    roleGuessed: '(Este servidor no puede decir más sobre la clave.)', keyInvalid: 'Esta clave no es válida.',
    role_public: 'público', role_staff: 'personal', role_moderator: 'moderador', role_admin: 'administrador',
    submitForm: 'Enviar un documento', submitFile: 'Subir un archivo', submit: 'Enviar', upload: 'Subir', file: 'Archivo',
    fileHint: 'JSON, NDJSON, Markdown, HTML, texto, WebVTT, SRT o PDF.', metadataForFile: 'Metadatos (opcional)',
    metadataHint: 'Para Markdown, HTML, texto, transcripciones y PDF; un archivo JSON trae los suyos.', fromFile: 'Del archivo',
    languageHint: 'Un código de idioma: en, es, fr, zh, pt, ru…', dateHint: 'AAAA, AAAA-MM o AAAA-MM-DD', citiesHint: 'Separe las ciudades con «;», p. ej. Medellín, Colombia; Udine, Italy',
    tagsHint: 'Separe las etiquetas con comas', submitted: '{n} documento(s) enviado(s) a revisión:', someFailed: 'No se pudieron leer {n} registro(s):', line: 'Línea',
    badJson: 'El archivo no es JSON válido: {detail}', unsupportedFile: '{name} no es un formato que silkdex lea.',
    toModeration: 'Ir a moderación', toStaff: 'Inicie sesión en la página del personal.',
    moderationTitle: 'Moderación', needModerator: 'Esta página es para moderadores.', moderationUnavailable: 'Este servidor aún no ofrece curaduría.',
    noClusters: 'No modera ningún grupo.', cluster: 'Grupo', viewClusterPage: 'Ver la página pública del grupo',
    reviewQueue: 'Cola de revisión', queueEmpty: 'No hay nada pendiente de revisión.', submittedAt: 'enviado',
    featuredItems: 'Elementos destacados', noFeatured: 'Aún no hay elementos destacados.', featuredUnavailable: 'Los destacados llegan con la curaduría.',
    moveUp: 'Subir {item}', moveDown: 'Bajar {item}', moved: '{item} movido', noteFor: 'Nota para {item}', saveNote: 'Guardar nota', remove: 'Quitar', removed: 'Quitado',
    addItem: 'Añadir un elemento', findToFeature: 'Buscar un documento para destacar', feature: 'Destacar', featuredDone: '{item} destacado',
    pins: 'Fijados', pinsHelp: 'Los documentos fijados aparecen primero, en este orden, cuando alguien busca esa consulta en este grupo.',
    pinQuery: 'Consulta', editPins: 'Editar fijados', editPinsFor: 'Fijados para «{q}»', pinnedFor: 'Fijados para «{q}»', noPins: 'Aún no hay nada fijado.',
    findToPin: 'Buscar un documento para fijar', pin: 'Fijar', unpin: 'Soltar', pinAdded: '{item} fijado; guarde para conservarlo', savePins: 'Guardar fijados', pinsSaved: 'Fijados guardados para «{q}»',
    clustersTitle: 'Grupos temáticos', clustersLead: 'Comunidades de práctica del proyecto Ciudades de la Ruta de la Seda, una por área prioritaria.',
    nItems: '{n} elementos', clusterNotFound: 'Grupo no encontrado', allClusters: 'Todos los grupos', searchInCluster: 'Buscar en {cluster}',
    clusterCounts: '{m} moderadores · {n} elementos', latest: 'Publicados recientemente', allInTheme: 'Todo en {theme}',
  },
  fr: {
    tagline: 'Savoirs des Villes de la Route de la soie', skip: 'Aller au contenu', mainNav: 'Principal', language: 'Langue',
    languageChanged: 'Langue changée en français',
    navSearch: 'Rechercher', navClusters: 'Groupes thématiques', navStaff: 'Connexion du personnel', navStaffSignedIn: 'Personnel', navModeration: 'Modération',
    homeTitle: 'Découvrez ce que les villes ont appris',
    homeLead: 'Bonnes pratiques, rapports de formation, transcriptions de webinaires, publications et actualités du projet Villes de la Route de la soie de l’UNOSSC : coopération Sud-Sud et triangulaire entre villes pour les objectifs de développement durable, dans sept domaines prioritaires.',
    searchTitle: 'Rechercher', searchLabel: 'Rechercher dans la base de connaissances', searchPlaceholder: 'p. ex. réduction des risques de catastrophe, Medellín, 敦煌',
    searchButton: 'Rechercher', suggestions: 'Suggestions', suggestionsCount: '{n} suggestions ; utilisez les flèches pour choisir',
    kind_title: 'document', kind_city: 'ville', kind_tag: 'étiquette', kind_partner: 'partenaire', kind_country: 'pays',
    browseThemes: 'Parcourir par domaine prioritaire', nDocuments: '{n} documents', featured: 'À la une', mostViewed: 'Les plus vus',
    nResults: '{n} résultats', sortBy: 'Trier par', sort_relevance: 'Pertinence', 'sort_-date': 'Plus récents', sort_date: 'Plus anciens', sort_views: 'Les plus vus',
    didYouMean: 'Vouliez-vous dire', noResults: 'Aucun résultat.', noResultsFor: 'Aucun résultat pour « {q} ».',
    tryFewerFilters: 'Retirez un filtre pour élargir la recherche.', tryOtherWords: 'Essayez d’autres mots, moins de mots ou une autre langue.', orBrowse: 'Ou parcourez un domaine :',
    refine: 'Affiner', activeFilters: 'Filtres actifs', removeFilter: 'Retirer le filtre {filter}', clearAll: 'Retirer tous les filtres',
    facet_theme: 'Domaine prioritaire', facet_type: 'Type', facet_country: 'Pays', facet_city: 'Ville', facet_year: 'Année', facet_partner: 'Partenaire',
    facet_lang: 'Langue', facet_tag: 'Étiquette', facet_sdg: 'ODD',
    pinned: 'Épinglé', saidAt: 'dit à {time}', saidAtBy: 'dit à {time} par {speaker}', pages: 'Pages', pageN: 'Page {n}', previous: 'Précédent', next: 'Suivant',
    themes: 'Domaines prioritaires', givenThemes: 'Domaines attribués', suggestedThemes: 'Suggérés par les modules thématiques',
    suggestedHelp: 'Le personnel accepte ou refuse chaque suggestion ; les mots qui l’ont motivée sont affichés.',
    confidence: 'confiance {pct} %', evidence: 'Indices :', accept: 'Accepter', reject: 'Refuser', noThemes: 'Aucun domaine attribué pour l’instant.',
    addTheme: 'Ajouter un domaine', add: 'Ajouter', removeTheme: 'Retirer le domaine {theme}',
    themeAccepted: '{theme} accepté', themeRejected: '{theme} refusé', themeAdded: '{theme} ajouté', themeRemoved: '{theme} retiré',
    tags: 'Étiquettes', noTags: 'Pas encore d’étiquette.', addTag: 'Ajouter une étiquette', removeTag: 'Retirer l’étiquette {tag}', tagAdded: 'Étiquette {tag} ajoutée', tagRemoved: 'Étiquette {tag} retirée',
    extracted: 'Trouvé dans le texte', quantities: 'Quantités', asWritten: 'Tel qu’écrit', value: 'Valeur', unit: 'Unité', counts: 'Compte',
    entity_agri_topic: 'Thèmes agricoles', entity_climate_action: 'Action climatique', entity_crop_product: 'Cultures et produits', entity_digital_technology: 'Technologies numériques', entity_disease: 'Maladies', entity_drr_framework: 'Cadres de RRC', entity_drr_measure: 'Mesures de RRC', entity_drr_phase: 'Phases de la catastrophe', entity_ecommerce_topic: 'Thèmes du commerce électronique', entity_green_practice: 'Pratiques vertes', entity_hazard: 'Aléas', entity_health_measure: 'Mesures sanitaires', entity_heritage: 'Patrimoine', entity_medical_supply: 'Fournitures médicales', entity_platform: 'Plateformes', entity_producer: 'Producteurs', entity_renewable_source: 'Sources renouvelables', entity_sendai_priority: 'Priorités du Cadre de Sendai', entity_tourism_kind: 'Types de tourisme', entity_tourism_topic: 'Thèmes du tourisme', entity_transport_mode: 'Modes de transport', entity_transport_topic: 'Thèmes du transport',
    entity_value_chain_stage: 'Étapes de la chaîne de valeur', entity_waste_stream: 'Flux de déchets',
    transcript: 'Transcription', momentLink: 'Moment {time}', fullText: 'Texte intégral', similarPractices: 'Bonnes pratiques similaires', similarDocuments: 'Documents similaires',
    history: 'Historique', noHistory: 'Aucune modification enregistrée.', historyUnavailable: 'Ce serveur n’enregistre pas encore l’historique.',
    h_when: 'Quand', h_who: 'Qui', h_action: 'Quoi', h_changes: 'Modifications', reason: 'Motif',
    type: 'Type', date: 'Date', cities: 'Villes', countries: 'Pays', partners: 'Partenaires', sdgs: 'Objectifs', views: 'Vues', status: 'Statut',
    source: 'Source', clusters: 'Groupes thématiques', identifier: 'Identifiant', title: 'Titre', summary: 'Résumé', body: 'Texte',
    status_draft: 'Brouillon', status_in_review: 'En relecture', status_published: 'Publié', status_rejected: 'Refusé', status_archived: 'Archivé',
    documentNotFound: 'Document introuvable', documentNotFoundHelp: 'Il n’existe peut-être pas, ou n’est pas encore publié.', backToSearch: 'Retour à la recherche',
    notFound: 'Page introuvable', error: 'Une erreur s’est produite',
    review: 'Relecture', publish: 'Publier', rejectReason: 'Motif du refus', reasonRequired: 'Indiquez un motif de refus.', published: 'Publié', rejected: 'Refusé',
    staffTitle: 'Personnel', staffLead: 'Étiquetez les documents, acceptez ou refusez les domaines suggérés et soumettez de nouveaux produits de connaissance. Votre clé reste dans cet onglet uniquement.',
    apiKey: 'Clé d’API', keyHint: 'Créée avec « silkdex keys create ». Elle reste dans cet onglet et n’est envoyée qu’à ce serveur.',
    signIn: 'Se connecter', signOut: 'Se déconnecter', signedOut: 'Déconnecté', signedInAs: 'Connecté en tant que {role}.', yourClusters: 'Vos groupes',
    roleGuessed: '(Ce serveur ne peut pas en dire plus sur la clé.)', keyInvalid: 'Cette clé n’est pas valide.',
    role_public: 'public', role_staff: 'personnel', role_moderator: 'modérateur', role_admin: 'administrateur',
    submitForm: 'Soumettre un document', submitFile: 'Téléverser un fichier', submit: 'Soumettre', upload: 'Téléverser', file: 'Fichier',
    fileHint: 'JSON, NDJSON, Markdown, HTML, texte, WebVTT, SRT ou PDF.', metadataForFile: 'Métadonnées (facultatif)',
    metadataHint: 'Pour Markdown, HTML, texte, transcriptions et PDF ; un fichier JSON porte les siennes.', fromFile: 'Du fichier',
    languageHint: 'Un code de langue : en, es, fr, zh, pt, ru…', dateHint: 'AAAA, AAAA-MM ou AAAA-MM-JJ', citiesHint: 'Séparez les villes par « ; », p. ex. Medellín, Colombia; Udine, Italy',
    tagsHint: 'Séparez les étiquettes par des virgules', submitted: '{n} document(s) soumis pour relecture :', someFailed: '{n} enregistrement(s) illisible(s) :', line: 'Ligne',
    badJson: 'Le fichier n’est pas un JSON valide : {detail}', unsupportedFile: '{name} n’est pas un format lu par silkdex.',
    toModeration: 'Aller à la modération', toStaff: 'Connectez-vous sur la page du personnel.',
    moderationTitle: 'Modération', needModerator: 'Cette page est réservée aux modérateurs.', moderationUnavailable: 'Ce serveur ne propose pas encore la curation.',
    noClusters: 'Vous ne modérez aucun groupe.', cluster: 'Groupe', viewClusterPage: 'Voir la page publique du groupe',
    reviewQueue: 'File de relecture', queueEmpty: 'Rien n’attend de relecture.', submittedAt: 'soumis',
    featuredItems: 'Éléments à la une', noFeatured: 'Pas encore d’élément à la une.', featuredUnavailable: 'La une arrive avec la curation.',
    moveUp: 'Monter {item}', moveDown: 'Descendre {item}', moved: '{item} déplacé', noteFor: 'Note pour {item}', saveNote: 'Enregistrer la note', remove: 'Retirer', removed: 'Retiré',
    addItem: 'Ajouter un élément', findToFeature: 'Chercher un document à mettre à la une', feature: 'Mettre à la une', featuredDone: '{item} mis à la une',
    pins: 'Épingles', pinsHelp: 'Les documents épinglés viennent en premier, dans cet ordre, quand on cherche cette requête dans ce groupe.',
    pinQuery: 'Requête', editPins: 'Modifier les épingles', editPinsFor: 'Épingles pour « {q} »', pinnedFor: 'Épinglés pour « {q} »', noPins: 'Rien d’épinglé pour l’instant.',
    findToPin: 'Chercher un document à épingler', pin: 'Épingler', unpin: 'Désépingler', pinAdded: '{item} épinglé ; enregistrez pour le garder', savePins: 'Enregistrer les épingles', pinsSaved: 'Épingles enregistrées pour « {q} »',
    clustersTitle: 'Groupes thématiques', clustersLead: 'Communautés de pratique du projet Villes de la Route de la soie, une par domaine prioritaire.',
    nItems: '{n} éléments', clusterNotFound: 'Groupe introuvable', allClusters: 'Tous les groupes', searchInCluster: 'Rechercher dans {cluster}',
    clusterCounts: '{m} modérateurs · {n} éléments', latest: 'Dernières publications', allInTheme: 'Tout dans {theme}',
  },
  zh: {
    tagline: '丝路城市知识库', skip: '跳到正文', mainNav: '主导航', language: '语言',
    languageChanged: '语言已切换为中文',
    navSearch: '搜索', navClusters: '专题集群', navStaff: '工作人员登录', navStaffSignedIn: '工作人员', navModeration: '审核',
    homeTitle: '发现城市的经验',
    homeLead: '联合国南南合作办公室丝路城市项目的良好实践、培训报告、网络研讨会文字记录、出版物和新闻：城市之间为可持续发展目标开展的南南合作与三方合作，涵盖七个重点领域。',
    searchTitle: '搜索', searchLabel: '搜索知识库', searchPlaceholder: '例如：减少灾害风险、麦德林、敦煌',
    searchButton: '搜索', suggestions: '建议', suggestionsCount: '{n} 条建议；用方向键选择',
    kind_title: '文档', kind_city: '城市', kind_tag: '标签', kind_partner: '合作伙伴', kind_country: '国家',
    browseThemes: '按重点领域浏览', nDocuments: '{n} 篇文档', featured: '精选', mostViewed: '浏览最多',
    nResults: '{n} 条结果', sortBy: '排序', sort_relevance: '相关性', 'sort_-date': '最新', sort_date: '最早', sort_views: '浏览最多',
    didYouMean: '您是不是要找', noResults: '没有找到结果。', noResultsFor: '没有找到与“{q}”相关的结果。',
    tryFewerFilters: '去掉一个筛选条件以扩大搜索范围。', tryOtherWords: '换用其他词语、减少词语或换一种语言。', orBrowse: '或浏览一个重点领域：',
    refine: '筛选', activeFilters: '当前筛选条件', removeFilter: '去掉筛选条件 {filter}', clearAll: '清除全部筛选条件',
    facet_theme: '重点领域', facet_type: '类型', facet_country: '国家', facet_city: '城市', facet_year: '年份', facet_partner: '合作伙伴',
    facet_lang: '语言', facet_tag: '标签', facet_sdg: '可持续发展目标',
    pinned: '置顶', saidAt: '发言于 {time}', saidAtBy: '{speaker} 发言于 {time}', pages: '分页', pageN: '第 {n} 页', previous: '上一页', next: '下一页',
    themes: '重点领域', givenThemes: '已指定的重点领域', suggestedThemes: '专题插件的建议',
    suggestedHelp: '工作人员逐条接受或拒绝建议；下方显示了提出建议的依据词语。',
    confidence: '置信度 {pct}%', evidence: '依据：', accept: '接受', reject: '拒绝', noThemes: '尚未指定重点领域。',
    addTheme: '添加重点领域', add: '添加', removeTheme: '移除重点领域 {theme}',
    themeAccepted: '已接受 {theme}', themeRejected: '已拒绝 {theme}', themeAdded: '已添加 {theme}', themeRemoved: '已移除 {theme}',
    tags: '标签', noTags: '暂无标签。', addTag: '添加标签', removeTag: '移除标签 {tag}', tagAdded: '已添加标签 {tag}', tagRemoved: '已移除标签 {tag}',
    extracted: '文中提取的信息', quantities: '数量', asWritten: '原文', value: '数值', unit: '单位', counts: '计数对象',
    entity_agri_topic: '农业主题', entity_climate_action: '气候行动', entity_crop_product: '作物和产品', entity_digital_technology: '数字技术', entity_disease: '疾病', entity_drr_framework: '减灾框架', entity_drr_measure: '减灾措施', entity_drr_phase: '灾害阶段', entity_ecommerce_topic: '电子商务主题', entity_green_practice: '绿色实践', entity_hazard: '灾害类型', entity_health_measure: '卫生措施', entity_heritage: '遗产', entity_medical_supply: '医疗物资', entity_platform: '平台', entity_producer: '生产者', entity_renewable_source: '可再生能源', entity_sendai_priority: '仙台框架优先事项', entity_tourism_kind: '旅游类型', entity_tourism_topic: '旅游主题', entity_transport_mode: '交通方式', entity_transport_topic: '交通主题',
    entity_value_chain_stage: '价值链环节', entity_waste_stream: '废物类别',
    transcript: '文字记录', momentLink: '时刻 {time}', fullText: '全文', similarPractices: '类似的良好实践', similarDocuments: '类似文档',
    history: '修改历史', noHistory: '没有修改记录。', historyUnavailable: '此服务器尚未记录修改历史。',
    h_when: '时间', h_who: '操作人', h_action: '操作', h_changes: '修改内容', reason: '原因',
    type: '类型', date: '日期', cities: '城市', countries: '国家', partners: '合作伙伴', sdgs: '目标', views: '浏览量', status: '状态',
    source: '来源', clusters: '专题集群', identifier: '标识符', title: '标题', summary: '摘要', body: '正文',
    status_draft: '草稿', status_in_review: '审核中', status_published: '已发布', status_rejected: '已拒绝', status_archived: '已归档',
    documentNotFound: '未找到文档', documentNotFoundHelp: '文档可能不存在，或尚未发布。', backToSearch: '返回搜索',
    notFound: '未找到页面', error: '出错了',
    review: '审核', publish: '发布', rejectReason: '拒绝原因', reasonRequired: '请填写拒绝原因。', published: '已发布', rejected: '已拒绝',
    staffTitle: '工作人员', staffLead: '为文档添加标签，接受或拒绝建议的重点领域，并提交新的知识产品。您的密钥只保存在此浏览器标签页中。',
    apiKey: 'API 密钥', keyHint: '用“silkdex keys create”生成。只保存在此标签页中，只发送给本服务器。',
    signIn: '登录', signOut: '退出', signedOut: '已退出', signedInAs: '已登录，角色：{role}。', yourClusters: '您的集群',
    roleGuessed: '（此服务器无法提供更多密钥信息。）', keyInvalid: '此密钥无效。',
    role_public: '公众', role_staff: '工作人员', role_moderator: '审核员', role_admin: '管理员',
    submitForm: '提交文档', submitFile: '上传文件', submit: '提交', upload: '上传', file: '文件',
    fileHint: 'JSON、NDJSON、Markdown、HTML、文本、WebVTT、SRT 或 PDF。', metadataForFile: '元数据（可选）',
    metadataHint: '适用于 Markdown、HTML、文本、文字记录和 PDF；JSON 文件自带元数据。', fromFile: '取自文件',
    languageHint: '语言代码：en、es、fr、zh、pt、ru…', dateHint: 'YYYY、YYYY-MM 或 YYYY-MM-DD', citiesHint: '用“;”分隔城市，例如 Medellín, Colombia; Udine, Italy',
    tagsHint: '用逗号分隔标签', submitted: '已提交 {n} 篇文档待审核：', someFailed: '{n} 条记录无法读取：', line: '行',
    badJson: '文件不是有效的 JSON：{detail}', unsupportedFile: 'silkdex 不能读取 {name} 的格式。',
    toModeration: '前往审核', toStaff: '请在工作人员页面登录。',
    moderationTitle: '审核', needModerator: '此页面供审核员使用。', moderationUnavailable: '此服务器尚未提供内容策展功能。',
    noClusters: '您没有负责的集群。', cluster: '集群', viewClusterPage: '查看集群公开页面',
    reviewQueue: '待审核队列', queueEmpty: '没有待审核的内容。', submittedAt: '提交于',
    featuredItems: '精选条目', noFeatured: '暂无精选条目。', featuredUnavailable: '精选条目将随策展功能提供。',
    moveUp: '上移 {item}', moveDown: '下移 {item}', moved: '已移动 {item}', noteFor: '{item} 的备注', saveNote: '保存备注', remove: '移除', removed: '已移除',
    addItem: '添加条目', findToFeature: '查找要精选的文档', feature: '设为精选', featuredDone: '已将 {item} 设为精选',
    pins: '置顶', pinsHelp: '当有人在此集群中搜索该查询时，置顶文档按此顺序排在最前。',
    pinQuery: '查询', editPins: '编辑置顶', editPinsFor: '“{q}”的置顶', pinnedFor: '“{q}”的置顶文档', noPins: '暂无置顶。',
    findToPin: '查找要置顶的文档', pin: '置顶', unpin: '取消置顶', pinAdded: '已置顶 {item}；保存后生效', savePins: '保存置顶', pinsSaved: '已保存“{q}”的置顶',
    clustersTitle: '专题集群', clustersLead: '丝路城市项目的实践社区，每个重点领域一个。',
    nItems: '{n} 个条目', clusterNotFound: '未找到集群', allClusters: '全部集群', searchInCluster: '在{cluster}中搜索',
    clusterCounts: '{m} 位审核员 · {n} 个条目', latest: '最新发布', allInTheme: '{theme}的全部内容',
  },
};

const THEME_NAMES = {
  en: { health: 'COVID-19 response and public health', agriculture: 'Sustainable agriculture value chains', ecommerce: 'E-commerce, digitalisation and smart cities',
    tourism: 'Sustainable tourism, heritage and creative economy', drr: 'Disaster risk reduction and resilient cities', transport: 'Sustainable transport and air quality',
    green: 'Waste management, green cities and renewable energy' },
  es: { health: 'Respuesta a la COVID-19 y salud pública', agriculture: 'Cadenas de valor agrícolas sostenibles', ecommerce: 'Comercio electrónico, digitalización y ciudades inteligentes',
    tourism: 'Turismo sostenible, patrimonio y economía creativa', drr: 'Reducción del riesgo de desastres y ciudades resilientes', transport: 'Transporte sostenible y calidad del aire',
    green: 'Gestión de residuos, ciudades verdes y energías renovables' },
  fr: { health: 'Riposte à la COVID-19 et santé publique', agriculture: 'Chaînes de valeur agricoles durables', ecommerce: 'Commerce électronique, numérique et villes intelligentes',
    tourism: 'Tourisme durable, patrimoine et économie créative', drr: 'Réduction des risques de catastrophe et villes résilientes', transport: 'Transport durable et qualité de l’air',
    green: 'Gestion des déchets, villes vertes et énergies renouvelables' },
  zh: { health: '新冠肺炎应对与公共卫生', agriculture: '可持续农业价值链', ecommerce: '电子商务、数字化与智慧城市', tourism: '可持续旅游、遗产保护与创意经济',
    drr: '减少灾害风险与韧性城市', transport: '可持续交通与空气质量', green: '废物管理、绿色城市与可再生能源' },
};

// What each focus area covers, from the project's 2020 highlights report.
const THEME_TEXT = {
  en: { health: 'Experiences of cities and partners in the COVID-19 response and recovery: testing, reopening, masks and medical supplies shared between cities of Africa, Asia and Latin America.',
    agriculture: 'Smallholders, storage management and food security, and selling farm products through e-commerce.',
    ecommerce: 'Cross-border e-commerce, digital innovation and smart city services for recovery.',
    tourism: 'Inclusive and sustainable tourism, heritage protection and the creative economy, such as the Travel South over Cloud exchanges between Chinese and Mexican cities.',
    drr: 'Making cities resilient: early warning, preparedness and disaster risk reduction with UNDRR and PAHO/WHO.',
    transport: 'Sustainable urban transport and cleaner air.', green: 'Waste management, green cities and renewable energy.' },
  es: { health: 'Experiencias de ciudades y socios en la respuesta y la recuperación ante la COVID-19: pruebas, reapertura, mascarillas y suministros médicos compartidos entre ciudades de África, Asia y América Latina.',
    agriculture: 'Pequeños productores, gestión del almacenamiento y seguridad alimentaria, y venta de productos agrícolas por comercio electrónico.',
    ecommerce: 'Comercio electrónico transfronterizo, innovación digital y servicios de ciudad inteligente para la recuperación.',
    tourism: 'Turismo inclusivo y sostenible, protección del patrimonio y economía creativa, como los intercambios «Viaja al Sur en la nube» entre ciudades de China y México.',
    drr: 'Ciudades resilientes: alerta temprana, preparación y reducción del riesgo de desastres con UNDRR y OPS/OMS.',
    transport: 'Transporte urbano sostenible y aire más limpio.', green: 'Gestión de residuos, ciudades verdes y energías renovables.' },
  fr: { health: 'Expériences des villes et partenaires dans la riposte à la COVID-19 et la relance : dépistage, réouverture, masques et fournitures médicales partagés entre villes d’Afrique, d’Asie et d’Amérique latine.',
    agriculture: 'Petits exploitants, gestion du stockage et sécurité alimentaire, et vente des produits agricoles en ligne.',
    ecommerce: 'Commerce électronique transfrontalier, innovation numérique et services de ville intelligente pour la relance.',
    tourism: 'Tourisme inclusif et durable, protection du patrimoine et économie créative, comme les échanges « Voyage au Sud dans le nuage » entre villes chinoises et mexicaines.',
    drr: 'Des villes résilientes : alerte précoce, préparation et réduction des risques de catastrophe avec l’UNDRR et l’OPS/OMS.',
    transport: 'Transport urbain durable et air plus pur.', green: 'Gestion des déchets, villes vertes et énergies renouvelables.' },
  zh: { health: '城市与合作伙伴在新冠肺炎应对和复苏中的经验：检测、复工复学、口罩和医疗物资在非洲、亚洲和拉丁美洲城市之间的共享。',
    agriculture: '小农户、仓储管理与粮食安全，以及通过电子商务销售农产品。', ecommerce: '跨境电子商务、数字创新与助力复苏的智慧城市服务。',
    tourism: '包容和可持续的旅游、遗产保护与创意经济，例如中国和墨西哥城市之间的“云游南方”交流。',
    drr: '建设韧性城市：与联合国减少灾害风险办公室和泛美卫生组织/世卫组织合作开展预警、备灾和减少灾害风险。',
    transport: '可持续城市交通与更清洁的空气。', green: '废物管理、绿色城市与可再生能源。' },
};

const TYPE_NAMES = {
  en: { good_practice: 'Good practice', training_report: 'Training report', webinar_transcript: 'Webinar transcript', publication: 'Publication', news: 'News', video: 'Video', newsletter: 'Newsletter', other: 'Other' },
  es: { good_practice: 'Buena práctica', training_report: 'Informe de formación', webinar_transcript: 'Transcripción de seminario web', publication: 'Publicación', news: 'Noticia', video: 'Vídeo', newsletter: 'Boletín', other: 'Otro' },
  fr: { good_practice: 'Bonne pratique', training_report: 'Rapport de formation', webinar_transcript: 'Transcription de webinaire', publication: 'Publication', news: 'Actualité', video: 'Vidéo', newsletter: 'Lettre d’information', other: 'Autre' },
  zh: { good_practice: '良好实践', training_report: '培训报告', webinar_transcript: '网络研讨会文字记录', publication: '出版物', news: '新闻', video: '视频', newsletter: '通讯', other: '其他' },
};

function detect() {
  try {
    const chosen = localStorage.getItem(STORE);
    if (chosen && STRINGS[chosen]) return chosen;
  } catch { /* storage may be off */ }
  const wanted = (typeof navigator !== 'undefined' && (navigator.languages || [navigator.language])) || [];
  for (const l of wanted) {
    const primary = String(l || '').toLowerCase().split('-')[0];
    if (STRINGS[primary]) return primary;
  }
  return 'en';
}

let current = null;
export function lang() {
  if (!current) current = detect();
  return current;
}
export function setLang(code) {
  if (!STRINGS[code]) return;
  current = code;
  try { localStorage.setItem(STORE, code); } catch { /* the choice lasts this page */ }
}

export function t(key, vars) {
  const s = STRINGS[lang()][key] ?? STRINGS.en[key] ?? '';
  return vars ? s.replace(/\{(\w+)\}/g, (m, k) => (vars[k] != null ? String(vars[k]) : m)) : s;
}
export const themeName = (id) => THEME_NAMES[lang()][id] || id;
export const themeDescription = (id) => THEME_TEXT[lang()][id] || '';
export const typeName = (id) => TYPE_NAMES[lang()][id] || id || '';
export const statusName = (id) => t(`status_${id}`) || id;
export const roleName = (id) => t(`role_${id}`) || id;
export function langName(code) {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lang()], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}
export const TABLES = { THEME_NAMES, THEME_TEXT, TYPE_NAMES };
