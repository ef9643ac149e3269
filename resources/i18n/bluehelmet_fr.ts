<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Analysis</name>
    <message>
        <source>give a UTC date-time (with a time zone)</source>
        <translation>donnez une date et heure UTC (avec un fuseau horaire)</translation>
    </message>
    <message>
        <source>is before start</source>
        <translation>est avant le début</translation>
    </message>
    <message>
        <source>expected a finite number, got {value!r}</source>
        <translation>nombre fini attendu, reçu {value!r}</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>must be at least 0</source>
        <translation>doit être au moins 0</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>doit être après le début</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {k!r}</source>
        <extracomment>From the incident to the unit, degrees clockwise from true north. From the incident to the unit, degrees clockwise from true north; None when co-located.</extracomment>
        <translation>nombre entier d&apos;au moins 1 attendu, reçu {k!r}</translation>
    </message>
    <message>
        <source>no incident with id {id}</source>
        <translation>aucun incident d&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no ceasefire line with id {ids}</source>
        <extracomment>Firing and fighting counted with the mission&apos;s violation categories by default. Counted for violations on the line itself or on a side with no party named. Shown for incidents with no weapon class recorded. The mission&apos;s parties to the ceasefire (its settings), and violations per party: every configured party is listed, with 0 when none is attributed to it.</extracomment>
        <translation>aucune ligne de cessez-le-feu d&apos;identifiant {ids}</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Ceasefire violations</source>
        <extracomment>Rows listed in the dock; a table of tens of thousands of widgets helps nobody.</extracomment>
        <translation>Violations du cessez-le-feu</translation>
    </message>
    <message>
        <source>Patrol coverage</source>
        <translation>Couverture des patrouilles</translation>
    </message>
    <message>
        <source>Incidents near units</source>
        <translation>Incidents près des unités</translation>
    </message>
    <message>
        <source>Hotspots (trend)</source>
        <translation>Points chauds (tendance)</translation>
    </message>
    <message>
        <source>Distance from line, m (0 = buffer zone)</source>
        <extracomment>The parameter each analysis takes: its label and default value.</extracomment>
        <translation>Distance à la ligne, m (0 = zone tampon)</translation>
    </message>
    <message>
        <source>Patrol interval, hours</source>
        <translation>Intervalle de patrouille, heures</translation>
    </message>
    <message>
        <source>Threat radius, m</source>
        <translation>Rayon de menace, m</translation>
    </message>
    <message>
        <source>Hexagon size, m</source>
        <translation>Taille des hexagones, m</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A hotspot&apos;s trend against the period before (``app.analysis.hotspots``).</extracomment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column headers, in English in the results (the times are found by them), shown translated.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Side (party)</source>
        <translation>Côté (partie)</translation>
    </message>
    <message>
        <source>Distance m</source>
        <translation>Distance m</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Last patrolled</source>
        <translation>Dernière patrouille</translation>
    </message>
    <message>
        <source>Hours since</source>
        <translation>Heures écoulées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{total} violations. Most: {most}</source>
        <translation>{total} violations. Les plus nombreuses : {most}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} of %n area(s) overdue (&gt; {hours} h)</source>
        <translation>
            <numerusform>{overdue} zone(s) sur %n en retard (&gt; {hours} h)</numerusform>
            <numerusform>{overdue} zone(s) sur %n en retard (&gt; {hours} h)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident–unit pair(s) within {metres} m in the last 24 h</source>
        <translation>
            <numerusform>%n paire incident–unité à moins de {metres} m au cours des dernières 24 h</numerusform>
            <numerusform>%n paires incident–unité à moins de {metres} m au cours des dernières 24 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) ({start} – {end}) against {previous} before</source>
        <translation>
            <numerusform>%n incident ({start} – {end}) contre {previous} auparavant</numerusform>
            <numerusform>%n incidents ({start} – {end}) contre {previous} auparavant</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>(kind, id) of the row the user picked. (name, GeoJSON, style) to draw, or (name, None, None) to clear.</extracomment>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Choose an analysis and run it.</source>
        <translation>Choisissez une analyse et lancez-la.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n new ceasefire violation(s) {what}</source>
        <translation>
            <numerusform>%n nouvelle violation du cessez-le-feu {what}</numerusform>
            <numerusform>%n nouvelles violations du cessez-le-feu {what}</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>L&apos;analyse a échoué : {error}</translation>
    </message>
    <message>
        <source> — listing {shown} of {total}</source>
        <translation> — {shown} affichées sur {total}</translation>
    </message>
</context>
<context>
    <name>AnalysisSummary</name>
    <message>
        <source>violations</source>
        <translation>violations</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>proximity</source>
        <translation>proximité</translation>
    </message>
    <message>
        <source>hotspots</source>
        <translation>points chauds</translation>
    </message>
    <message>
        <source>distance m</source>
        <translation>distance (m)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>line ids</source>
        <translation>lignes (identifiants)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>by line side</source>
        <translation>par côté de la ligne</translation>
    </message>
    <message>
        <source>by weapon class</source>
        <translation>par classe d&apos;arme</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>by party</source>
        <translation>par partie</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>sight m</source>
        <translation>portée de vue (m)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>radius m</source>
        <translation>rayon (m)</translation>
    </message>
    <message>
        <source>incidents near units</source>
        <translation>incidents près des unités</translation>
    </message>
    <message>
        <source>units in buffer zones</source>
        <translation>unités dans les zones tampons</translation>
    </message>
    <message>
        <source>cell m</source>
        <translation>maille (m)</translation>
    </message>
    <message>
        <source>cell definition</source>
        <translation>définition de la maille</translation>
    </message>
    <message>
        <source>previous start</source>
        <translation>début précédent</translation>
    </message>
    <message>
        <source>previous total</source>
        <translation>total précédent</translation>
    </message>
    <message>
        <source>bins</source>
        <translation>mailles</translation>
    </message>
    <message>
        <source>flat-to-flat width of a pointy-top hexagon (= spacing of cell centres), metres</source>
        <extracomment>Values written in words in a result (the rest is data: ids, names, numbers, times).</extracomment>
        <translation>largeur entre côtés parallèles d&apos;un hexagone à pointe en haut (= écart entre centres de mailles), en mètres</translation>
    </message>
    <message>
        <source>None</source>
        <translation>néant</translation>
    </message>
</context>
<context>
    <name>AreaStatus</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreinte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
</context>
<context>
    <name>AreaType</name>
    <message>
        <source>patrol area</source>
        <translation>zone de patrouille</translation>
    </message>
    <message>
        <source>area of responsibility</source>
        <translation>zone de responsabilité</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>buffer zone</source>
        <translation>zone tampon</translation>
    </message>
    <message>
        <source>area of separation</source>
        <translation>zone de séparation</translation>
    </message>
    <message>
        <source>area of limitation</source>
        <translation>zone de limitation</translation>
    </message>
    <message>
        <source>restricted area</source>
        <translation>zone d&apos;accès restreint</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <extracomment>Files chosen to attach (paths); the controller attaches them. Paths waiting for a new incident to be saved.</extracomment>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>attached when the incident is saved</source>
        <translation>jointe à l&apos;enregistrement de l&apos;incident</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>Basemaps</name>
    <message>
        <source>{id!r} must be 1–64 lower-case letters, digits and inner hyphens</source>
        <extracomment>A map tile is tens of kilobytes; anything this big is not a tile. The most a page may read from a vector archive in one request (a leaf directory or a tile is kilobytes; pmtiles.js asks for 16 KiB first). imagery or a sheet meant to lie over another basemap ISO date imagery was taken, shown beside its name Where the tiles came from: the tile set&apos;s description (e.g. &quot;Tiled from sheet.tif&quot;), else its attribution; for an online source its host. Vector tiles&apos; schema (&quot;protomaps&quot; or &quot;openmaptiles&quot;); empty for raster tiles.</extracomment>
        <translation>{id!r} doit compter de 1 à 64 lettres minuscules, chiffres et traits d&apos;union intérieurs</translation>
    </message>
    <message>
        <source>{id!r} must not start with &apos;{prefix}&apos;</source>
        <translation>{id!r} ne doit pas commencer par « {prefix} »</translation>
    </message>
    <message>
        <source>{path}: cannot make a basemap id from this file name; give an id.</source>
        <translation>{path} : impossible de tirer un identifiant de fond de carte de ce nom de fichier ; donnez un identifiant.</translation>
    </message>
    <message>
        <source>{path}: file names starting with &apos;{prefix}&apos; are reserved; give another id.</source>
        <translation>{path} : les noms de fichier commençant par « {prefix} » sont réservés ; donnez un autre identifiant.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>must not contain spaces or control characters</source>
        <translation>ne doit contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>must start with http:// or https://</source>
        <translation>doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation>n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>lacks {placeholders}</source>
        <translation>il manque {placeholders}</translation>
    </message>
    <message>
        <source>placeholders belong in the path, not the host</source>
        <translation>les variables vont dans le chemin, pas dans l&apos;hôte</translation>
    </message>
    <message>
        <source>only the placeholders {z}, {x} and {y} are allowed</source>
        <translation>seules les variables {z}, {x} et {y} sont permises</translation>
    </message>
    <message>
        <source>must be one non-empty line</source>
        <translation>doit tenir sur une ligne non vide</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {max}</source>
        <translation>doit être un nombre entier de 0 à {max}</translation>
    </message>
    <message>
        <source>{path}: the online basemap list cannot be read ({reason}).</source>
        <translation>{path} : la liste des fonds de carte en ligne est illisible ({reason}).</translation>
    </message>
    <message>
        <source>No online basemap with the id &apos;{id}&apos;.</source>
        <translation>Aucun fond de carte en ligne d&apos;identifiant « {id} ».</translation>
    </message>
    <message>
        <source>An imported basemap already uses the id &apos;{id}&apos;.</source>
        <translation>Un fond de carte importé utilise déjà l&apos;identifiant « {id} ».</translation>
    </message>
    <message>
        <source>An online basemap with the id &apos;{id}&apos; already exists; remove it first or replace it.</source>
        <translation>Un fond de carte en ligne d&apos;identifiant « {id} » existe déjà ; supprimez-le d&apos;abord ou remplacez-le.</translation>
    </message>
    <message>
        <source>{file}: this GeoPackage holds no tile table.</source>
        <extracomment>Half the width of the web-mercator world (EPSG:3857), metres.</extracomment>
        <translation>{file} : ce GeoPackage ne contient aucune table de tuiles.</translation>
    </message>
    <message>
        <source>{file}: its tiles are not a world web-mercator (EPSG:3857) pyramid; convert it with gdal_translate -of MBTILES and import the .mbtiles file.</source>
        <translation>{file} : ses tuiles ne forment pas une pyramide mondiale web-mercator (EPSG:3857) ; convertissez-le avec gdal_translate -of MBTILES et importez le fichier .mbtiles.</translation>
    </message>
    <message>
        <source>{file}: its tile table cannot be read.</source>
        <translation>{file} : sa table de tuiles est illisible.</translation>
    </message>
    <message>
        <source>{file}: the tile set holds no tiles.</source>
        <translation>{file} : le jeu de tuiles ne contient aucune tuile.</translation>
    </message>
    <message>
        <source>An online basemap already uses the id &apos;{id}&apos;.</source>
        <translation>Un fond de carte en ligne utilise déjà l&apos;identifiant « {id} ».</translation>
    </message>
    <message>
        <source>A basemap with the id &apos;{id}&apos; already exists; remove it first or import with replace.</source>
        <translation>Un fond de carte d&apos;identifiant « {id} » existe déjà ; supprimez-le d&apos;abord ou importez en le remplaçant.</translation>
    </message>
    <message>
        <source>No basemap with the id &apos;{id}&apos;.</source>
        <translation>Aucun fond de carte d&apos;identifiant « {id} ».</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} is not a png, jpeg or webp image</source>
        <translation>la tuile {z}/{x}/{y} n&apos;est pas une image png, jpeg ou webp</translation>
    </message>
    <message>
        <source>the tile is larger than {size} MB</source>
        <translation>la tuile dépasse {size} Mo</translation>
    </message>
    <message>
        <source>{failure}: {reason}.</source>
        <translation>{failure} : {reason}.</translation>
    </message>
    <message>
        <source>the server answered {status}, not 200</source>
        <translation>le serveur a répondu {status}, pas 200</translation>
    </message>
    <message>
        <source>the server sent {type}, not an image</source>
        <translation>le serveur a envoyé {type}, pas une image</translation>
    </message>
    <message>
        <source>the data is not a png, jpeg or webp image</source>
        <translation>les données ne sont pas une image png, jpeg ou webp</translation>
    </message>
    <message>
        <source>{z}/{x}/{y} is outside &apos;{label}&apos;</source>
        <translation>{z}/{x}/{y} est hors de « {label} »</translation>
    </message>
    <message>
        <source>Tile {z}/{x}/{y} of &apos;{label}&apos; from {host} failed</source>
        <translation>Échec de la tuile {z}/{x}/{y} de « {label} » depuis {host}</translation>
    </message>
    <message>
        <source>No vector basemap with the id &apos;{id}&apos;.</source>
        <translation>Aucun fond de carte vectoriel d&apos;identifiant « {id} ».</translation>
    </message>
    <message>
        <source>{offset}+{length} is not a range the map reads</source>
        <translation>{offset}+{length} n&apos;est pas une plage que la carte lit</translation>
    </message>
    <message>
        <source>No basemap with the id &apos;{id}&apos;; see `basemap list`.</source>
        <translation>Aucun fond de carte d&apos;identifiant « {id} » ; voir `basemap list`.</translation>
    </message>
    <message>
        <source>no map sheet given</source>
        <extracomment>First bytes of the files ``import_map_sheets`` takes: TIFF (both byte orders, BigTIFF) and PDF.</extracomment>
        <translation>aucune feuille de carte donnée</translation>
    </message>
    <message>
        <source>acquired: {date!r} is not a date (YYYY-MM-DD)</source>
        <translation>acquired : {date!r} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{path}: the tile set has no &apos;format&apos; metadata and no tiles to tell it from.</source>
        <extracomment>Raster formats a Leaflet tile layer can show, and the MIME type each is served with. ``application_id`` the MBTiles 1.3 specification asks writers to set (&quot;MPBX&quot;). Web Mercator&apos;s latitude limit: the bounds of a tile set that covers the whole world.</extracomment>
        <translation>{path} : le jeu de tuiles n&apos;a ni métadonnée « format » ni tuiles qui permettraient de le déduire.</translation>
    </message>
    <message>
        <source>{path}: this is a vector tile set (pbf); only raster tile sets (png, jpg, webp) can be used as a basemap.</source>
        <translation>{path} : c&apos;est un jeu de tuiles vectorielles (pbf) ; seuls les jeux de tuiles raster (png, jpg, webp) peuvent servir de fond de carte.</translation>
    </message>
    <message>
        <source>{path}: tile format &apos;{format}&apos; is not supported; use png, jpg or webp tiles.</source>
        <translation>{path} : le format de tuile « {format} » n&apos;est pas pris en charge ; utilisez des tuiles png, jpg ou webp.</translation>
    </message>
    <message>
        <source>{path}: metadata &apos;{key}&apos; is {value!r}; it must be a whole number from 0 to {max}.</source>
        <translation>{path} : la métadonnée « {key} » vaut {value!r} ; elle doit être un nombre entier de 0 à {max}.</translation>
    </message>
    <message>
        <source>Tile set file not found: {path}</source>
        <translation>Fichier de jeu de tuiles introuvable : {path}</translation>
    </message>
    <message>
        <source>{path}: not a file, so not an MBTiles tile set.</source>
        <translation>{path} : ce n&apos;est pas un fichier, donc pas un jeu de tuiles MBTiles.</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as SQLite ({reason}).</source>
        <translation>{path} : impossible de l&apos;ouvrir comme base SQLite ({reason}).</translation>
    </message>
    <message>
        <source>{path}: not an MBTiles tile set (it has no &apos;{table}&apos; table).</source>
        <translation>{path} : ce n&apos;est pas un jeu de tuiles MBTiles (il n&apos;a pas de table « {table} »).</translation>
    </message>
    <message>
        <source>{path}: not an MBTiles tile set (&apos;{table}&apos; lacks {columns}).</source>
        <translation>{path} : ce n&apos;est pas un jeu de tuiles MBTiles (il manque {columns} à « {table} »).</translation>
    </message>
    <message>
        <source>{path}: not an MBTiles tile set ({reason}).</source>
        <translation>{path} : ce n&apos;est pas un jeu de tuiles MBTiles ({reason}).</translation>
    </message>
    <message>
        <source>{path}: metadata &apos;minzoom&apos; is above &apos;maxzoom&apos;.</source>
        <translation>{path} : la métadonnée « minzoom » dépasse « maxzoom ».</translation>
    </message>
    <message>
        <source>{path}: metadata cannot be read ({reason}).</source>
        <translation>{path} : les métadonnées sont illisibles ({reason}).</translation>
    </message>
    <message>
        <source>{path}: the tile set cannot be read ({reason}).</source>
        <translation>{path} : le jeu de tuiles est illisible ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot be copied to {destination} ({reason}).</source>
        <translation>{path} : impossible de le copier vers {destination} ({reason}).</translation>
    </message>
    <message>
        <source>{z}/{x}/{y} is not a valid tile address</source>
        <translation>{z}/{x}/{y} n&apos;est pas une adresse de tuile valide</translation>
    </message>
    <message>
        <source>tile {z}/{x}/{y} has no image data</source>
        <translation>la tuile {z}/{x}/{y} n&apos;a pas de données d&apos;image</translation>
    </message>
    <message>
        <source>{path}: cannot be opened for writing ({reason}).</source>
        <translation>{path} : impossible de l&apos;ouvrir en écriture ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot be written as an MBTiles file ({reason}).</source>
        <translation>{path} : impossible de l&apos;écrire comme fichier MBTiles ({reason}).</translation>
    </message>
    <message>
        <source>{path}: tile {z}/{x}/{y} cannot be stored ({reason}).</source>
        <translation>{path} : impossible d&apos;enregistrer la tuile {z}/{x}/{y} ({reason}).</translation>
    </message>
    <message>
        <source>the image&apos;s pixel size is not a positive number</source>
        <extracomment>The highest zoom a sheet is tiled at: 0.3 m pixels, finer than any drone orthophoto we tile. Lower zooms stop when the whole set fits in this many tiles across, or this many levels down. Large enough for a 1:50,000 sheet scanned at 600 dpi; bigger files are refused up front. west, south, east, north in degrees file names, in drawing order ISO date the imagery was taken, when known</extracomment>
        <translation>la taille de pixel de l&apos;image n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>map sheets need the rasterio package, which is not installed</source>
        <translation>les feuilles de carte demandent le paquet rasterio, qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source>{file}: a GeoPDF needs GDAL&apos;s command-line tools (the Debian package gdal-bin), which are not installed here; install them, or export the sheet as GeoTIFF and import that</source>
        <translation>{file} : un GeoPDF demande les outils en ligne de commande de GDAL (le paquet Debian gdal-bin), qui ne sont pas installés ici ; installez-les, ou exportez la feuille en GeoTIFF et importez celui-ci</translation>
    </message>
    <message>
        <source>{file}: reading the PDF took longer than 10 minutes</source>
        <translation>{file} : la lecture du PDF a pris plus de 10 minutes</translation>
    </message>
    <message>
        <source>GDAL could not read it</source>
        <translation>GDAL n&apos;a pas pu le lire</translation>
    </message>
    <message>
        <source>{file}: not a georeferenced PDF ({reason})</source>
        <translation>{file} : ce n&apos;est pas un PDF géoréférencé ({reason})</translation>
    </message>
    <message>
        <source>{file}: its neatline is not a readable polygon</source>
        <translation>{file} : son cadre (neatline) n&apos;est pas un polygone lisible</translation>
    </message>
    <message>
        <source>{file}: the image is not georeferenced (no coordinate reference system); georeference it in QGIS or GDAL first</source>
        <translation>{file} : l&apos;image n&apos;est pas géoréférencée (aucun système de coordonnées de référence) ; géoréférencez-la d&apos;abord dans QGIS ou GDAL</translation>
    </message>
    <message>
        <source>{file}: {width:,} × {height:,} pixels is more than this import takes; cut the sheet into parts first</source>
        <translation>{file} : {width:,} × {height:,} pixels, c&apos;est plus que cet import n&apos;en accepte ; découpez d&apos;abord la feuille en plusieurs parties</translation>
    </message>
    <message>
        <source>{file}: its coordinate system cannot be converted ({reason})</source>
        <translation>{file} : son système de coordonnées ne peut pas être converti ({reason})</translation>
    </message>
    <message>
        <source>{file}: the image lies outside what a web map can show</source>
        <translation>{file} : l&apos;image est hors de ce qu&apos;une carte web peut afficher</translation>
    </message>
    <message>
        <source>{file}: the image has no colour bands</source>
        <translation>{file} : l&apos;image n&apos;a pas de bandes de couleur</translation>
    </message>
    <message>
        <source>{file} exists already</source>
        <translation>{file} existe déjà</translation>
    </message>
    <message>
        <source>cancelled; no basemap was made</source>
        <translation>annulé ; aucun fond de carte n&apos;a été créé</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <source>{file}: not an image GDAL can read (GeoTIFF or GeoPDF expected)</source>
        <translation>{file} : ce n&apos;est pas une image que GDAL sait lire (GeoTIFF ou GeoPDF attendu)</translation>
    </message>
    <message>
        <source>{path}: its root directory lies past the end of the file.</source>
        <extracomment>The page reads the header and the root directory in one first request of this many bytes. PMTiles compression codes; browsers decompress gzip natively (DecompressionStream). Why an archive is refused when a part of it lies past the end of the file.</extracomment>
        <translation>{path} : son répertoire racine dépasse la fin du fichier.</translation>
    </message>
    <message>
        <source>{path}: its metadata lies past the end of the file.</source>
        <translation>{path} : ses métadonnées dépassent la fin du fichier.</translation>
    </message>
    <message>
        <source>{path}: its leaf directories lie past the end of the file.</source>
        <translation>{path} : ses répertoires feuilles dépassent la fin du fichier.</translation>
    </message>
    <message>
        <source>{path}: its tile data lies past the end of the file.</source>
        <translation>{path} : ses données de tuiles dépassent la fin du fichier.</translation>
    </message>
    <message>
        <source>{path}: its directories use {compression} compression; the map reads gzip or none (re-write it with `pmtiles convert`).</source>
        <extracomment>Why an archive is refused when its directories, or its tiles, are compressed as the map cannot read.</extracomment>
        <translation>{path} : ses répertoires utilisent la compression {compression} ; la carte lit gzip ou aucune (réécrivez-le avec `pmtiles convert`).</translation>
    </message>
    <message>
        <source>{path}: its tiles use {compression} compression; the map reads gzip or none (re-write it with `pmtiles convert`).</source>
        <translation>{path} : ses tuiles utilisent la compression {compression} ; la carte lit gzip ou aucune (réécrivez-le avec `pmtiles convert`).</translation>
    </message>
    <message>
        <source>{compression} compression</source>
        <extracomment>Layer names that mark a tile schema the page has styles for. &quot;protomaps&quot; or &quot;openmaptiles&quot;</extracomment>
        <translation>compression {compression}</translation>
    </message>
    <message>
        <source>directory ends inside a number</source>
        <translation>le répertoire s&apos;arrête au milieu d&apos;un nombre</translation>
    </message>
    <message>
        <source>directory claims more entries than it holds</source>
        <translation>le répertoire annonce plus d&apos;entrées qu&apos;il n&apos;en contient</translation>
    </message>
    <message>
        <source>first directory entry has no offset</source>
        <translation>la première entrée du répertoire n&apos;a pas de position</translation>
    </message>
    <message>
        <source>{path}: this is not a PMTiles archive.</source>
        <translation>{path} : ce n&apos;est pas une archive PMTiles.</translation>
    </message>
    <message>
        <source>{path}: PMTiles version {version}; only version 3 is read (convert it with `pmtiles convert`).</source>
        <translation>{path} : PMTiles version {version} ; seule la version 3 est lue (convertissez-le avec `pmtiles convert`).</translation>
    </message>
    <message>
        <source>{path}: its tiles are {type}, not vector tiles (MVT); import raster tiles as MBTiles.</source>
        <translation>{path} : ses tuiles sont {type}, pas des tuiles vectorielles (MVT) ; importez les tuiles raster en MBTiles.</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>de type inconnu</translation>
    </message>
    <message>
        <source>{path}: its root directory is not in the first 16 KiB.</source>
        <translation>{path} : son répertoire racine n&apos;est pas dans les 16 premiers Kio.</translation>
    </message>
    <message>
        <source>{path}: its directory or metadata is damaged ({reason}).</source>
        <translation>{path} : son répertoire ou ses métadonnées sont endommagés ({reason}).</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path} : illisible ({reason}).</translation>
    </message>
    <message>
        <source>{path}: the archive holds no tiles.</source>
        <translation>{path} : l&apos;archive ne contient aucune tuile.</translation>
    </message>
    <message>
        <source>{path}: zoom levels {low}–{high} make no sense.</source>
        <translation>{path} : les niveaux de zoom {low}–{high} n&apos;ont pas de sens.</translation>
    </message>
    <message>
        <source>{path}: its layers ({layers}) follow neither the Protomaps nor the OpenMapTiles schema, so the map has no style for them.</source>
        <translation>{path} : ses couches ({layers}) ne suivent ni le schéma Protomaps ni le schéma OpenMapTiles ; la carte n&apos;a donc pas de style pour elles.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucune n&apos;est listée</translation>
    </message>
    <message>
        <source>{path}: its tiles cannot be read ({reason}).</source>
        <translation>{path} : ses tuiles sont illisibles ({reason}).</translation>
    </message>
    <message>
        <source>{path}: the tile set holds no tiles.</source>
        <translation>{path} : le jeu de tuiles ne contient aucune tuile.</translation>
    </message>
</context>
<context>
    <name>BasemapsDialog</name>
    <message>
        <source>Basemaps</source>
        <translation>Fonds de carte</translation>
    </message>
    <message>
        <source>Lay it over the basemap shown (a sheet or imagery over the base)</source>
        <translation>La superposer au fond de carte affiché (une feuille ou une image sur le fond)</translation>
    </message>
    <message>
        <source>Go to its extent</source>
        <translation>Aller à son emprise</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Settings made here, per basemap id: opacity (0..1) and overlay on/off.</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove basemap</source>
        <translation>Supprimer le fond de carte</translation>
    </message>
    <message>
        <source>Remove “{label}” ({id})? Its tile file is deleted.</source>
        <translation>Supprimer « {label} » ({id})&#xa0;? Son fichier de tuiles est effacé.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>{text!r} is not a period; give e.g. 24h, 2d or 90m</source>
        <extracomment>Severity from which an incident is significant (4 high, 5 critical). Categories that are significant whatever their severity. At most this many rows in the table of significant incidents (the count says how many more). Area types incidents are counted by, most useful first: sectors, then AORs, then patrol areas. The language the title is written in (BCP 47), &quot;&quot; when its author did not say.</extracomment>
        <translation>{text!r} n&apos;est pas une durée ; donnez par exemple 24h, 2d ou 90m</translation>
    </message>
    <message>
        <source>{text!r} must be more than 0 and at most a year</source>
        <translation>{text!r} doit être supérieur à 0 et d&apos;au plus un an</translation>
    </message>
    <message>
        <source>must carry a time zone (UTC)</source>
        <translation>doit porter un fuseau horaire (UTC)</translation>
    </message>
    <message>
        <source>must be 1–{max} characters</source>
        <extracomment>Themes a view can ask for (see maps/static/bh-brief.css). Map grids a view may show (as ``maps.document.GRIDS``). Layer keys a view may name: the payload layers plus the page-only ones (heat map). Filter fields a view may carry, as in ``app.picture.IncidentFilter``. west, south, east, north in degrees. Map grid: &quot;mgrs&quot;, &quot;latlon&quot; or None.</extracomment>
        <translation>doit compter de 1 à {max} caractères</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>unknown layer {layer!r} (known: {known})</source>
        <translation>couche inconnue {layer!r} (connues : {known})</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>finit avant de commencer</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>no saved view named {name!r}</source>
        <translation>aucune vue enregistrée nommée {name!r}</translation>
    </message>
    <message>
        <source>need four numbers: west, south, east, north</source>
        <translation>quatre nombres requis : ouest, sud, est, nord</translation>
    </message>
    <message>
        <source>must be finite numbers</source>
        <translation>doivent être des nombres finis</translation>
    </message>
    <message>
        <source>west and east must be within −180…180</source>
        <translation>ouest et est doivent être compris entre −180 et 180</translation>
    </message>
    <message>
        <source>south must be below north, both within −90…90</source>
        <translation>sud doit être inférieur à nord, tous deux entre −90 et 90</translation>
    </message>
    <message>
        <source>must be a mapping of filter fields</source>
        <translation>doit associer des champs de filtre à leurs valeurs</translation>
    </message>
    <message>
        <source>unknown field {field!r} (known: {known})</source>
        <translation>champ inconnu {field!r} (connus : {known})</translation>
    </message>
    <message>
        <source>severities must be numbers</source>
        <translation>les gravités doivent être des nombres</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>doit être une date et heure</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Briefing (large, high contrast)</source>
        <translation>&amp;Briefing (grand, contraste élevé)</translation>
    </message>
    <message>
        <source>&amp;Night</source>
        <translation>&amp;Nuit</translation>
    </message>
    <message>
        <source>Time slider</source>
        <extracomment>The operator&apos;s map theme; with a mirror window, ``display_theme`` is the mirror&apos;s.</extracomment>
        <translation>Curseur temporel</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Time: all</source>
        <translation>Période&#xa0;: tout</translation>
    </message>
    <message>
        <source>&amp;Briefing mode</source>
        <translation>Mode &amp;briefing</translation>
    </message>
    <message>
        <source>Full screen on the briefing display (Esc or F11 leaves)</source>
        <translation>Plein écran sur l&apos;écran de briefing (Échap ou F11 pour quitter)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Time slider: {window}</source>
        <translation>Curseur temporel&#xa0;: {window}</translation>
    </message>
    <message>
        <source>That incident is outside the time slider&apos;s window ({start} – {end}): the map was not moved. Press &quot;All time&quot; to show it.</source>
        <translation>Cet incident est hors de la fenêtre du curseur temporel ({start} – {end})&#xa0;: la carte n&apos;a pas été déplacée. Appuyez sur « All time » pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>That incident is hidden by the incident filters: the map was not moved. Reset the filters to show it.</source>
        <translation>Cet incident est masqué par les filtres d&apos;incidents&#xa0;: la carte n&apos;a pas été déplacée. Réinitialisez les filtres pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>No saved view {number}: save one first (Saved views → Save current view).</source>
        <translation>Aucune vue enregistrée n° {number}&#xa0;: enregistrez-en d&apos;abord une (Vues enregistrées → Enregistrer la vue actuelle).</translation>
    </message>
    <message>
        <source>No saved view {number}: there are {count} (keys 1–{last}).</source>
        <translation>Aucune vue enregistrée n° {number}&#xa0;: il y en a {count} (touches 1–{last}).</translation>
    </message>
</context>
<context>
    <name>BriefingMode</name>
    <message>
        <source>Briefing mode</source>
        <translation>Mode briefing</translation>
    </message>
    <message>
        <source>Show the briefing on:</source>
        <translation>Afficher le briefing sur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <source>Indirect fire (shelling, mortar, rocket)</source>
        <translation>Tirs indirects (obus, mortier, roquette)</translation>
    </message>
    <message>
        <source>Air or drone strike</source>
        <translation>Frappe aérienne ou de drone</translation>
    </message>
    <message>
        <source>IED, mine or UXO</source>
        <translation>EEI, mine ou munition non explosée</translation>
    </message>
    <message>
        <source>Attack on civilians</source>
        <translation>Attaque contre des civils</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violences sexuelles</translation>
    </message>
    <message>
        <source>Abduction or forced disappearance</source>
        <translation>Enlèvement ou disparition forcée</translation>
    </message>
    <message>
        <source>Attack on peacekeepers</source>
        <translation>Attaque contre des Casques bleus</translation>
    </message>
    <message>
        <source>Ceasefire violation (fire)</source>
        <translation>Violation du cessez-le-feu (tirs)</translation>
    </message>
    <message>
        <source>Crossing of the ceasefire line</source>
        <translation>Franchissement de la ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>Armed presence in the buffer zone</source>
        <translation>Présence armée dans la zone de séparation</translation>
    </message>
    <message>
        <source>Freedom-of-movement restriction</source>
        <translation>Restriction de la liberté de mouvement</translation>
    </message>
    <message>
        <source>Peaceful demonstration</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation>Violences de foule</translation>
    </message>
    <message>
        <source>Looting or property destruction</source>
        <translation>Pillage ou destruction de biens</translation>
    </message>
    <message>
        <source>Arrest or detention</source>
        <translation>Arrestation ou détention</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>Installation d&apos;un quartier général ou d&apos;une base</translation>
    </message>
    <message>
        <source>Change of territorial control</source>
        <translation>Changement du contrôle territorial</translation>
    </message>
    <message>
        <source>Agreement or meeting</source>
        <translation>Accord ou réunion</translation>
    </message>
    <message>
        <source>Population displacement</source>
        <translation>Déplacement de population</translation>
    </message>
    <message>
        <source>Humanitarian access denied</source>
        <translation>Refus d&apos;accès humanitaire</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Criminalité</translation>
    </message>
    <message>
        <source>Accident or hazard</source>
        <translation>Accident ou danger</translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation>Reprise d&apos;un territoire par le gouvernement</translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation>Prise d&apos;un territoire par un acteur non étatique</translation>
    </message>
    <message>
        <source>Chemical weapon attack</source>
        <translation>Attaque à l&apos;arme chimique</translation>
    </message>
    <message>
        <source>Suicide bombing</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <source>Grenade attack</source>
        <translation>Attaque à la grenade</translation>
    </message>
    <message>
        <source>Protest with intervention</source>
        <translation>Manifestation avec intervention</translation>
    </message>
    <message>
        <source>Excessive force against protesters</source>
        <translation>Usage excessif de la force contre des manifestants</translation>
    </message>
    <message>
        <source>Change to armed group or activity</source>
        <translation>Changement de groupe armé ou d&apos;activité</translation>
    </message>
    <message>
        <source>Disrupted weapons use (seized or defused)</source>
        <translation>Emploi d&apos;armes empêché (saisie ou neutralisation)</translation>
    </message>
    <message>
        <source>Other strategic development</source>
        <translation>Autre fait stratégique</translation>
    </message>
    <message>
        <source>Riot or protest (ACLED before 2019)</source>
        <translation>Émeute ou manifestation (ACLED avant 2019)</translation>
    </message>
    <message>
        <source>Remote violence (ACLED before 2019)</source>
        <translation>Violence à distance (ACLED avant 2019)</translation>
    </message>
    <message>
        <source>Violence against civilians (ACLED before 2019)</source>
        <translation>Violence contre des civils (ACLED avant 2019)</translation>
    </message>
    <message>
        <source>Strategic development (ACLED before 2019)</source>
        <translation>Fait stratégique (ACLED avant 2019)</translation>
    </message>
</context>
<context>
    <name>CategoryGroup</name>
    <message>
        <source>Violence</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Protection of civilians</source>
        <translation>Protection des civils</translation>
    </message>
    <message>
        <source>Safety and security</source>
        <translation>Sûreté et sécurité</translation>
    </message>
    <message>
        <source>Ceasefire</source>
        <translation>Cessez-le-feu</translation>
    </message>
    <message>
        <source>Civil unrest</source>
        <translation>Troubles civils</translation>
    </message>
    <message>
        <source>Political and security</source>
        <translation>Politique et sécurité</translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation>Humanitaire</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>schema is at step {step} of {latest}; opening the mission in the app (or any command that writes) upgrades it</source>
        <translation>le schéma est à l&apos;étape {step} sur {latest} ; ouvrir la mission dans l&apos;application (ou toute commande qui écrit) le met à niveau</translation>
    </message>
    <message>
        <source>id {record_id} names records of several kinds ({kinds}); &apos;record show&apos; and &apos;record update&apos; cannot tell them apart</source>
        <translation>l&apos;identifiant {record_id} désigne des enregistrements de plusieurs types ({kinds}) ; &apos;record show&apos; et &apos;record update&apos; ne peuvent pas les distinguer</translation>
    </message>
    <message>
        <source>integrity check failed: {exc}</source>
        <translation>échec du contrôle d&apos;intégrité : {exc}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points at a missing {target}</source>
        <translation>clé étrangère : {table} ligne {row} renvoie à un(e) {target} absent(e)</translation>
    </message>
    <message>
        <source>{rtree}: {check}</source>
        <translation>{rtree} : {check}</translation>
    </message>
    <message>
        <source>missing from</source>
        <translation>absentes de</translation>
    </message>
    <message>
        <source>stale in</source>
        <translation>périmées dans</translation>
    </message>
    <message>
        <source>wrong box in</source>
        <translation>mal encadrées dans</translation>
    </message>
    <message>
        <source>{table}: {count} rows {what} the spatial index</source>
        <translation>{table} : {count} lignes {what} l&apos;index spatial</translation>
    </message>
    <message>
        <source>incident text index holds {indexed} rows for {rows} incidents</source>
        <translation>l&apos;index de texte des incidents contient {indexed} lignes pour {rows} incidents</translation>
    </message>
    <message>
        <source>incident text index: {exc}</source>
        <translation>index de texte des incidents : {exc}</translation>
    </message>
    <message>
        <source>{kind} {id}: does not decode ({exc})</source>
        <translation>{kind} {id} : illisible ({exc})</translation>
    </message>
    <message>
        <source>{kind} {id}: content does not match its hash</source>
        <translation>{kind} {id} : le contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>{kind}: {n} more bad rows</source>
        <translation>{kind} : {n} autres lignes défectueuses</translation>
    </message>
    <message>
        <source>{count} {kind} records name a {name} that is not here</source>
        <translation>{count} enregistrements {kind} désignent un(e) {name} absent(e) d&apos;ici</translation>
    </message>
    <message>
        <source>unit {unit_id}: its chain of parents loops</source>
        <translation>unité {unit_id} : sa chaîne d&apos;unités parentes forme une boucle</translation>
    </message>
    <message>
        <source>{table}: {missing} rows have no change-log line for their version</source>
        <translation>{table} : {missing} lignes n&apos;ont pas de ligne de journal des modifications pour leur version</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>language of the report (default: the language of the command&apos;s messages)</source>
        <translation>langue du rapport (par défaut&#xa0;: celle des messages de la commande)</translation>
    </message>
    <message>
        <source>{path}: give a {suffixes} or {last} file name</source>
        <translation>{path} : donnez un nom de fichier {suffixes} ou {last}</translation>
    </message>
    <message>
        <source>{path}: standalone briefing map, {size} bytes, marked {classification}, {counts}</source>
        <translation>{path} : carte de briefing autonome, {size} octets, marquée {classification}, {counts}</translation>
    </message>
    <message>
        <source>{path}: {width}x{height} PNG marked {classification}, drawn in {seconds} s{grid}</source>
        <translation>{path} : PNG {width}x{height} marqué {classification}, dessiné en {seconds} s{grid}</translation>
    </message>
    <message>
        <source>{path}: 1-page PDF marked {classification}, drawn in {seconds} s{grid}</source>
        <translation>{path} : PDF d&apos;une page marqué {classification}, dessiné en {seconds} s{grid}</translation>
    </message>
    <message>
        <source>{path}: standalone map, {size} bytes, {counts}</source>
        <translation>{path} : carte autonome, {size} octets, {counts}</translation>
    </message>
    <message>
        <source>{path}: {width}x{height} PNG, drawn in {seconds} s{grid}</source>
        <translation>{path} : PNG {width}x{height}, dessiné en {seconds} s{grid}</translation>
    </message>
    <message numerus="yes">
        <source>{path}: SITREP marked {classification}, %n incidents</source>
        <translation>
            <numerusform>{path} : SITREP marqué {classification}, %n incident</numerusform>
            <numerusform>{path} : SITREP marqué {classification}, %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: SITREP PDF, {pages} pages, marked {classification}, %n incidents</source>
        <translation>
            <numerusform>{path} : SITREP en PDF, {pages} pages, marqué {classification}, %n incident</numerusform>
            <numerusform>{path} : SITREP en PDF, {pages} pages, marqué {classification}, %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({error})</source>
        <translation>{path} : impossible d&apos;écrire le fichier ({error})</translation>
    </message>
    <message>
        <source>grid zones</source>
        <translation>zones de quadrillage</translation>
    </message>
    <message>
        <source>, MGRS grid {step} ({labels} labels)</source>
        <translation>, quadrillage MGRS {step} ({labels} étiquettes)</translation>
    </message>
    <message>
        <source>, lat/lon graticule every {step} ({labels} labels)</source>
        <translation>, canevas lat/lon tous les {step} ({labels} étiquettes)</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix invalide&#xa0;: {value} (choisir parmi {choices})</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus&#xa0;: {arguments}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Blue Helmet COP: an offline common operating picture for peacekeeping missions. With no command, opens the desktop application.</source>
        <translation>Blue Helmet COP&#xa0;: situation opérationnelle commune hors ligne pour les missions de maintien de la paix. Sans commande, ouvre l&apos;application de bureau.</translation>
    </message>
    <message>
        <source>mission database: a file, or postgresql://user@host:port/dbname for a PostGIS mission (default: ${env} or {path})</source>
        <translation>base de données de la mission&#xa0;: un fichier, ou postgresql://utilisateur@hôte:port/base pour une mission PostGIS (par défaut&#xa0;: ${env} ou {path})</translation>
    </message>
    <message>
        <source>language of messages, the GUI and outputs (default: ${env}, else the system&apos;s)</source>
        <translation>langue des messages, de l&apos;interface et des documents produits (par défaut&#xa0;: ${env}, sinon celle du système)</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Error: interrupted; nothing was written by the unfinished step</source>
        <translation>Erreur&#xa0;: interrompu&#xa0;; l&apos;étape inachevée n&apos;a rien écrit</translation>
    </message>
    <message>
        <source>Error: unexpected failure ({error}); details in {log}</source>
        <translation>Erreur&#xa0;: échec inattendu ({error})&#xa0;; détails dans {log}</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} est négatif</translation>
    </message>
    <message>
        <source>{text} is not W,S,E,N in degrees</source>
        <translation>{text} n&apos;est pas W,S,E,N en degrés</translation>
    </message>
    <message>
        <source>{text} needs four numbers: W,S,E,N</source>
        <translation>{text}&#xa0;: il faut quatre nombres, W,S,E,N</translation>
    </message>
    <message>
        <source>{text} is not a box on the globe (W,S,E,N)</source>
        <translation>{text} n&apos;est pas une emprise valable sur le globe (W,S,E,N)</translation>
    </message>
    <message>
        <source>{text} is not WIDTHxHEIGHT</source>
        <translation>{text} n&apos;est pas au format LARGEURxHAUTEUR (WIDTHxHEIGHT)</translation>
    </message>
    <message>
        <source>{text}: each side must be 200–8000 pixels</source>
        <translation>{text}&#xa0;: chaque côté doit mesurer de 200 à 8000 pixels</translation>
    </message>
    <message>
        <source>this command works on SQLite mission files only; it cannot use {url} yet</source>
        <translation>cette commande ne fonctionne qu&apos;avec des fichiers de mission SQLite&#xa0;; elle ne peut pas encore utiliser {url}</translation>
    </message>
    <message>
        <source>{path}: no mission database there (create one with &apos;bluehelmet --db {path} init --name NAME&apos;, or try the training demo with &apos;bluehelmet demo&apos;)</source>
        <translation>{path}&#xa0;: aucune base de mission à cet emplacement (créez-en une avec &apos;bluehelmet --db {path} init --name NAME&apos;, ou essayez la démonstration d&apos;entraînement avec &apos;bluehelmet demo&apos;)</translation>
    </message>
    <message>
        <source>Training demo (fictional data) written to {where}: {counts}</source>
        <translation>Démonstration d&apos;entraînement (données fictives) écrite dans {where}&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>error: {line}</source>
        <translation>erreur : {line}</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>avertissement : {line}</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>saine</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {verdict}, {total} live records checked</source>
        <translation>{path} : {verdict}, {total} enregistrements actifs contrôlés</translation>
    </message>
    <message>
        <source>{text} is not a duration like 30s, 5m or 2h</source>
        <translation>{text} n&apos;est pas une durée comme 30s, 5m ou 2h</translation>
    </message>
    <message>
        <source>{text}: a duration must be more than zero</source>
        <translation>{text}&#xa0;: une durée doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>feed {name} is a feed out; use &apos;bluehelmet feed send {name}&apos;</source>
        <translation>le flux {name} est un flux sortant&#xa0;; utilisez &apos;bluehelmet feed send {name}&apos;</translation>
    </message>
    <message>
        <source>{database}: this login may only read the mission; a feed cannot be stored there</source>
        <translation>{database}&#xa0;: cet identifiant ne peut que lire la mission&#xa0;; un flux ne peut pas y être enregistré</translation>
    </message>
    <message>
        <source>feed {name} is a feed in; use &apos;bluehelmet feed listen {name}&apos;</source>
        <translation>le flux {name} est un flux entrant&#xa0;; utilisez &apos;bluehelmet feed listen {name}&apos;</translation>
    </message>
    <message>
        <source>feed send: name the audience with --audience NATION, ORG or MISSION</source>
        <translation>feed send&#xa0;: nommez le destinataire avec --audience NATION, ORG ou MISSION</translation>
    </message>
    <message>
        <source>No feeds defined ({path}); add one with &apos;bluehelmet feed add&apos;.</source>
        <translation>Aucun flux défini ({path})&#xa0;; ajoutez-en un avec &apos;bluehelmet feed add&apos;.</translation>
    </message>
    <message>
        <source>--audience, --clearance and --layers are for a feed out: add --out</source>
        <translation>--audience, --clearance et --layers concernent un flux sortant&#xa0;: ajoutez --out</translation>
    </message>
    <message>
        <source>Added feed {feed}</source>
        <translation>Flux ajouté&#xa0;: {feed}</translation>
    </message>
    <message>
        <source>Removed feed {name}</source>
        <translation>Flux supprimé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No unit is awaiting confirmation.</source>
        <translation>Aucune unité n&apos;attend de confirmation.</translation>
    </message>
    <message>
        <source>{designation} ({callsign}) from feed {feed}: {id}</source>
        <translation>{designation} ({callsign}) venue du flux {feed}&#xa0;: {id}</translation>
    </message>
    <message>
        <source>no call sign</source>
        <translation>sans indicatif</translation>
    </message>
    <message>
        <source>Confirmed {units}</source>
        <translation>Confirmé&#xa0;: {units}</translation>
    </message>
    <message>
        <source>{name}: in from {url}</source>
        <translation>{name}&#xa0;: entrant depuis {url}</translation>
    </message>
    <message>
        <source>{name}: out to {url} for {audience}{clearance}, {layers} every {every} s</source>
        <translation>{name}&#xa0;: sortant vers {url} pour {audience}{clearance}, {layers} toutes les {every}&#xa0;s</translation>
    </message>
    <message>
        <source> up to {label}</source>
        <translation> jusqu&apos;à {label}</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>Seconds over which the events-per-second rate is taken. Most events written in one transaction; a bigger backlog is written in several. events received whole (before reading) records written, per kind events already past their stale time on arrival (kept in history) dropped input, per reason no map item (chat, pings…) UTC time the last event arrived (monotonic time, events) per batch of the last ``RATE_WINDOW`` seconds.</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <source>{name}: {events} event(s) received, stored {stored}</source>
        <translation>{name}&#xa0;: {events} événement(s) reçu(s), enregistré&#xa0;: {stored}</translation>
    </message>
    <message>
        <source>; {count} already stale (kept in history)</source>
        <translation>&#xa0;; {count} déjà périmé(s) (gardé(s) dans l&apos;historique)</translation>
    </message>
    <message>
        <source>; ignored {what}</source>
        <translation>&#xa0;; ignoré&#xa0;: {what}</translation>
    </message>
    <message>
        <source>; dropped {what}</source>
        <translation>&#xa0;; rejeté&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{target}: sent {sent} event(s) in {rounds} round(s) to {audience}; {withheld} record(s) not releasable to {audience} or above its clearance were not sent</source>
        <extracomment>Longest wait for the next event before looking at the clock and the stop flag. events sent, summed over rounds records not releasable to the audience (last round)</extracomment>
        <translation>{target}&#xa0;: {sent} événement(s) envoyé(s) en {rounds} envoi(s) à {audience}&#xa0;; {withheld} enregistrement(s) non communicable(s) à {audience} ou au-dessus de son habilitation n&apos;ont pas été envoyés</translation>
    </message>
    <message>
        <source>{text!r} is not COLUMN=FIELD</source>
        <translation>{text!r} n&apos;est pas de la forme COLONNE=CHAMP</translation>
    </message>
    <message>
        <source>{text!r} is not FIELD=VALUE</source>
        <translation>{text!r} n&apos;est pas de la forme CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>{file} is a signed sync package: its records keep the kinds their sender gave them, so --as does not apply; import it without --as</source>
        <translation>{file} est un paquet de synchronisation signé : ses enregistrements gardent les types que leur expéditeur leur a donnés, --as ne s&apos;applique donc pas ; importez-le sans --as</translation>
    </message>
    <message>
        <source>No automatic backups of {path} yet.</source>
        <translation>Aucune sauvegarde automatique de {path} pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Backed up {path} to {backup} ({size} MB)</source>
        <translation>{path} sauvegardée dans {backup} ({size} Mo)</translation>
    </message>
    <message>
        <source>no healthy automatic backup of {path} to restore</source>
        <translation>aucune sauvegarde automatique saine de {path} à restaurer</translation>
    </message>
    <message>
        <source>Restored {path} from {source}</source>
        <translation>{path} restaurée depuis {source}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {path}</source>
        <translation>La base telle qu&apos;elle était est conservée dans {path}</translation>
    </message>
    <message>
        <source>Backed up {path} to {backup} (pg_dump custom format, {size} MB)</source>
        <translation>{path} sauvegardée dans {backup} (format personnalisé pg_dump, {size} Mo)</translation>
    </message>
    <message>
        <source>no automatic backup of {path} to restore</source>
        <translation>aucune sauvegarde automatique de {path} à restaurer</translation>
    </message>
    <message>
        <source>Mission users given their rights again: {users}</source>
        <translation>Utilisateurs de la mission rétablis dans leurs droits : {users}</translation>
    </message>
    <message>
        <source>Mission users whose roles are not on this server (add them again): {users}</source>
        <translation>Utilisateurs de la mission dont les rôles n&apos;existent pas sur ce serveur (ajoutez-les de nouveau) : {users}</translation>
    </message>
    <message>
        <source>check: {line}</source>
        <translation>check : {line}</translation>
    </message>
    <message>
        <source>The restored mission does not pass &apos;check&apos;; see the lines above</source>
        <translation>La mission restaurée ne passe pas &apos;check&apos; ; voir les lignes ci-dessus</translation>
    </message>
    <message>
        <source>The restored mission passes &apos;check&apos;</source>
        <translation>La mission restaurée passe &apos;check&apos;</translation>
    </message>
    <message>
        <source>No basemaps yet; the built-in Natural Earth map is always there.</source>
        <translation>Aucun fond de carte pour l&apos;instant ; la carte Natural Earth intégrée est toujours disponible.</translation>
    </message>
    <message>
        <source>online ({url})</source>
        <translation>en ligne ({url})</translation>
    </message>
    <message>
        <source>vector ({schema}) {zooms}</source>
        <translation>vectoriel ({schema}) {zooms}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>give either map sheets (GeoTIFF, GeoPDF) or one MBTiles file, not both</source>
        <translation>donnez soit des coupures (GeoTIFF, GeoPDF), soit un fichier MBTiles, pas les deux</translation>
    </message>
    <message numerus="yes">
        <source>Imported {label} as {id} from %n sheet(s) (zoom {zooms}, acquired {acquired})</source>
        <translation>
            <numerusform>{label} importé sous {id} à partir de %n coupure (zoom {zooms}, acquis le {acquired})</numerusform>
            <numerusform>{label} importé sous {id} à partir de %n coupures (zoom {zooms}, acquis le {acquired})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {label} as {id} from %n sheet(s) (zoom {zooms})</source>
        <translation>
            <numerusform>{label} importé sous {id} à partir de %n coupure (zoom {zooms})</numerusform>
            <numerusform>{label} importé sous {id} à partir de %n coupures (zoom {zooms})</numerusform>
        </translation>
    </message>
    <message>
        <source>a tile set is imported on its own; give one file</source>
        <translation>un jeu de tuiles s&apos;importe seul ; donnez un seul fichier</translation>
    </message>
    <message>
        <source>Imported {label} as {id} (vector tiles, {schema} schema, zoom {zooms})</source>
        <translation>{label} importé sous {id} (tuiles vectorielles, schéma {schema}, zoom {zooms})</translation>
    </message>
    <message>
        <source>Imported {label} as {id} (zoom {zooms})</source>
        <translation>{label} importé sous {id} (zoom {zooms})</translation>
    </message>
    <message>
        <source>--neatline: give a POLYGON((lon lat, …)) in WKT</source>
        <translation>--neatline : donnez un POLYGON((lon lat, …)) en WKT</translation>
    </message>
    <message>
        <source>Added online source {id}; its tiles are cached in {path}</source>
        <translation>Source en ligne {id} ajoutée ; ses tuiles sont mises en cache dans {path}</translation>
    </message>
    <message>
        <source>Removed basemap {id}</source>
        <translation>Fond de carte {id} supprimé</translation>
    </message>
    <message>
        <source>{path}: no mission database there</source>
        <translation>{path} : aucune base de mission à cet emplacement</translation>
    </message>
    <message>
        <source>Copied {records} and {attachments} attachments from {source} to {destination}; digest {digest} on both</source>
        <translation>{records} et {attachments} pièces jointes copiés de {source} vers {destination} ; condensé {digest} des deux côtés</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>Identity created for {unit} ({nation}); fingerprint:
  {fingerprint}</source>
        <translation>Identité créée pour {unit} ({nation}) ; empreinte :
  {fingerprint}</translation>
    </message>
    <message>
        <source>Key card written to {path}</source>
        <translation>Carte de clé écrite dans {path}</translation>
    </message>
    <message>
        <source>Key card {name}:
{card}</source>
        <translation>Carte de clé {name} :
{card}</translation>
    </message>
    <message>
        <source>the fingerprint read out ({fingerprint}) is not the card&apos;s; do not trust it</source>
        <translation>l&apos;empreinte lue ({fingerprint}) n&apos;est pas celle de la carte ; ne lui faites pas confiance</translation>
    </message>
    <message>
        <source>Trusted {unit} ({nation}, org {org}); compare the fingerprint above with the one the partner reads out</source>
        <translation>{unit} ({nation}, org. {org}) approuvé ; comparez l&apos;empreinte ci-dessus avec celle que lit le partenaire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{unit} may now receive records up to {accreditation}</source>
        <translation>{unit} peut désormais recevoir des enregistrements jusqu&apos;au niveau {accreditation}</translation>
    </message>
    <message>
        <source>No partners trusted yet.</source>
        <translation>Aucun partenaire approuvé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉ</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>(lowest label)</source>
        <translation>(niveau le plus bas)</translation>
    </message>
    <message>
        <source>{unit} {nation}  org {org} {state} {fingerprint}  cleared: {cleared}</source>
        <translation>{unit} {nation}  org. {org} {state} {fingerprint}  habilité : {cleared}</translation>
    </message>
    <message>
        <source>Revoked {unit} ({fingerprint}); its packages are refused now</source>
        <translation>{unit} ({fingerprint}) révoqué ; ses paquets sont désormais refusés</translation>
    </message>
    <message>
        <source>Mission {name} created in {where} (labels: {labels})</source>
        <translation>Mission {name} créée dans {where} (niveaux de classification : {labels})</translation>
    </message>
    <message>
        <source>Next: &apos;bluehelmet mission set area …&apos;, &apos;bluehelmet mission set parties …&apos;, &apos;bluehelmet import ORBAT.csv&apos;, or open it with &apos;bluehelmet gui&apos;</source>
        <translation>Ensuite : &apos;bluehelmet mission set area …&apos;, &apos;bluehelmet mission set parties …&apos;, &apos;bluehelmet import ORBAT.csv&apos;, ou ouvrez-la avec &apos;bluehelmet gui&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>area of operations</source>
        <translation>zone d&apos;opérations</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>classifications</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>{active} in use, {retired} retired</source>
        <translation>{active} en usage, {retired} retirées</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key} : {value}</translation>
    </message>
    <message>
        <source>{key}: {value} (unchanged)</source>
        <translation>{key} : {value} (inchangé)</translation>
    </message>
    <message>
        <source>  [retired]</source>
        <translation>  [retirée]</translation>
    </message>
    <message>
        <source>Category {key} added</source>
        <translation>Catégorie {key} ajoutée</translation>
    </message>
    <message>
        <source>give the new label, or --label-LANG TEXT</source>
        <translation>donnez le nouveau libellé, ou --label-LANG TEXTE</translation>
    </message>
    <message>
        <source>Category {key} is now labelled {labels}</source>
        <translation>La catégorie {key} a désormais pour libellé {labels}</translation>
    </message>
    <message>
        <source>Category {key} offered again</source>
        <translation>Catégorie {key} de nouveau proposée</translation>
    </message>
    <message>
        <source>Category {key} retired (old incidents keep it)</source>
        <translation>Catégorie {key} retirée (les incidents existants la conservent)</translation>
    </message>
    <message>
        <source>No place called {text} in the gazetteer or the mission.</source>
        <translation>Aucun lieu nommé {text} dans le répertoire géographique ni dans la mission.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({exc})</source>
        <translation>{path} : illisible ({exc})</translation>
    </message>
    <message>
        <source>the argument</source>
        <translation>l&apos;argument</translation>
    </message>
    <message>
        <source>{where} is not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>{where} n&apos;est pas du JSON valide (ligne {lineno}, colonne {colno} : {msg})</translation>
    </message>
    <message>
        <source>{where} must hold one JSON object of field names</source>
        <translation>{where} doit contenir un seul objet JSON de noms de champs</translation>
    </message>
    <message>
        <source>{out}: cannot write ({exc})</source>
        <translation>{out} : écriture impossible ({exc})</translation>
    </message>
    <message>
        <source>Revoked this installation&apos;s own key ({unit}, {key}) from {at}; the signed notice travels in every package from now on</source>
        <translation>Clé propre à cette installation ({unit}, {key}) révoquée à partir du {at} ; l&apos;avis signé voyage désormais dans chaque paquet</translation>
    </message>
    <message>
        <source>Revoked {unit}&apos;s key ({unit}, {key}) from {at}; the signed notice travels in every package from now on</source>
        <translation>Clé de {unit} ({unit}, {key}) révoquée à partir du {at} ; l&apos;avis signé voyage désormais dans chaque paquet</translation>
    </message>
    <message>
        <source>Make a new key with &apos;bluehelmet identity init --force&apos; and send partners its card.</source>
        <translation>Créez une nouvelle clé avec &apos;bluehelmet identity init --force&apos; et envoyez sa carte aux partenaires.</translation>
    </message>
    <message>
        <source>No mission authority is named for this mission.</source>
        <translation>Aucune autorité n&apos;est désignée pour cette mission.</translation>
    </message>
    <message>
        <source>Mission authority:</source>
        <translation>Autorité de la mission :</translation>
    </message>
    <message>
        <source>Mission authority set to {unit}:</source>
        <translation>Autorité de la mission confiée à {unit} :</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>{id}  {kind} {record_id}  local {local}  remote {remote}</source>
        <translation>{id}  {kind} {record_id}  local {local}  distant {remote}</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: kept {side} as version {version}</source>
        <translation>Conflit {id} résolu : {side} conservé comme version {version}</translation>
    </message>
    <message>
        <source>mission users are PostgreSQL roles: give a PostGIS mission with --db postgresql://user@host:port/dbname</source>
        <translation>les utilisateurs de la mission sont des rôles PostgreSQL : donnez une mission PostGIS avec --db postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Added {user} on {where}</source>
        <translation>{user} ajouté sur {where}</translation>
    </message>
    <message>
        <source>Password (shown once; the officer can change it with \password in psql): {password}</source>
        <translation>Mot de passe (affiché une seule fois ; l&apos;officier peut le changer avec \password dans psql) : {password}</translation>
    </message>
    <message>
        <source>No mission users yet (add one with &apos;bluehelmet users add NAME --nation ISO3&apos;).</source>
        <translation>Aucun utilisateur de la mission pour l&apos;instant (ajoutez-en un avec &apos;bluehelmet users add NOM --nation ISO3&apos;).</translation>
    </message>
    <message>
        <source>Removed {name}: its rights on this mission and its login role are gone</source>
        <translation>{name} supprimé : ses droits sur cette mission et son rôle de connexion ont disparu</translation>
    </message>
    <message>
        <source>Removed {name} from this mission; its login role stays, as it still holds rights on another database of this server</source>
        <translation>{name} retiré de cette mission ; son rôle de connexion demeure, car il détient encore des droits sur une autre base de ce serveur</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>ACLED mapping, &apos;Event type / Sub-event type&apos;</source>
        <translation>correspondance ACLED, &apos;Event type / Sub-event type&apos;</translation>
    </message>
    <message>
        <source>Accepts a place name (accents and case do not matter), MGRS, decimal degrees or DMS. Places named exactly TEXT are all listed, ranked by population, then by distance to --near (default: the centre of the mission&apos;s area); then places known by that name as an alternate, then names beginning with TEXT.</source>
        <translation>Accepte un nom de lieu (ni les accents ni la casse ne comptent), une position MGRS, des degrés décimaux ou DMS. Tous les lieux nommés exactement TEXT sont listés, classés par population, puis par distance à --near (par défaut&#xa0;: le centre de la zone de la mission)&#xa0;; viennent ensuite les lieux connus sous ce nom comme variante, puis les noms commençant par TEXT.</translation>
    </message>
    <message>
        <source>Add a category of this mission.</source>
        <translation>Ajouter une catégorie propre à cette mission.</translation>
    </message>
    <message>
        <source>Add a partner&apos;s key card to this installation&apos;s trust list.</source>
        <translation>Ajouter la carte de clé d&apos;un partenaire à la liste de confiance de cette installation.</translation>
    </message>
    <message>
        <source>Add an online XYZ source. The map page never reaches the network itself: the app fetches the tiles it shows and keeps them in an MBTiles cache for later offline use.</source>
        <translation>Ajouter une source XYZ en ligne. La page de carte n&apos;accède jamais elle-même au réseau&#xa0;: l&apos;application télécharge les tuiles affichées et les conserve dans un cache MBTiles pour un usage hors ligne ultérieur.</translation>
    </message>
    <message>
        <source>Analyses of the picture, in metres on the ground. Times take ISO 8601, a date-time group (051430ZMAR24) or a duration back from now (24h, 7d).</source>
        <translation>Analyses de la situation, en mètres au sol. Les heures s&apos;écrivent en ISO 8601, en groupe date-heure (051430ZMAR24) ou en durée écoulée depuis maintenant (24h, 7d).</translation>
    </message>
    <message>
        <source>Basemaps belong to this installation, not to a mission: they live in the user data folder and every mission can show them.</source>
        <translation>Les fonds de carte appartiennent à cette installation, non à une mission&#xa0;: ils sont rangés dans le dossier de données de l&apos;utilisateur et toutes les missions peuvent les afficher.</translation>
    </message>
    <message>
        <source>Change one setting. name: the mission&apos;s name · area: GeoJSON polygon (text or @FILE) or a box W,S,E,N, or &apos;none&apos; · parties: the parties to the ceasefire, comma-separated · labels: un, nato or labels lowest first, comma-separated</source>
        <translation>Modifier un paramètre. name&#xa0;: le nom de la mission · area&#xa0;: polygone GeoJSON (texte ou @FILE) ou emprise W,S,E,N, ou &apos;none&apos; · parties&#xa0;: les parties au cessez-le-feu, séparées par des virgules · labels&#xa0;: un, nato ou mentions de la plus basse à la plus haute, séparées par des virgules</translation>
    </message>
    <message>
        <source>Change the fields given in JSON; the others stay as they are. Prints the id.</source>
        <translation>Modifier les champs donnés en JSON&#xa0;; les autres restent inchangés. Affiche l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Change the label (the key, which records use, stays).</source>
        <translation>Modifier le libellé (la clé, utilisée par les enregistrements, reste la même).</translation>
    </message>
    <message>
        <source>Concurrent edits of one record are merged by version; the other side is kept here until an operator chooses.</source>
        <translation>Les modifications concurrentes d&apos;un même enregistrement sont fusionnées par version&#xa0;; l&apos;autre version est conservée ici jusqu&apos;à ce qu&apos;un opérateur tranche.</translation>
    </message>
    <message>
        <source>Confirm units awaiting confirmation, by id, call sign or designation (any case). A name that matches none: an error, and nothing is confirmed.</source>
        <translation>Confirmer des unités en attente de confirmation, par identifiant, indicatif ou désignation (casse indifférente). Un nom qui ne correspond à aucune : une erreur, et rien n&apos;est confirmé.</translation>
    </message>
    <message>
        <source>Copy every record (verbatim: versions, times and hashes kept), the category list, the mission settings and attachments from SRC into DST, in one transaction, and check that both have the same digest. DST must be empty or new. Each is a mission file or postgresql://user@host:port/dbname.</source>
        <translation>Copier tous les enregistrements (à l&apos;identique&#xa0;: versions, heures et empreintes conservées), la liste des catégories, les paramètres de la mission et les pièces jointes de SRC vers DST, en une seule transaction, puis vérifier que les deux ont la même empreinte globale. DST doit être vide ou nouvelle. Chacune est un fichier de mission ou postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Count live records of each kind and open conflicts.</source>
        <translation>Compter les enregistrements actifs de chaque type et les conflits ouverts.</translation>
    </message>
    <message>
        <source>Create a PostgreSQL login role for this mission with a generated password (shown once). The role reads only what sync would send its nation at its accreditation; it writes no table, and an editor writes records only through the app.</source>
        <translation>Créer un rôle de connexion PostgreSQL pour cette mission, avec un mot de passe généré (affiché une seule fois). Le rôle ne lit que ce que la synchronisation enverrait à sa nation à son niveau d&apos;habilitation ; il n&apos;écrit dans aucune table, et un rédacteur n&apos;écrit des enregistrements que par l&apos;application.</translation>
    </message>
    <message>
        <source>Create a record of KIND from JSON fields and print the new record&apos;s id.</source>
        <translation>Créer un enregistrement de type KIND à partir de champs JSON et afficher l&apos;identifiant du nouvel enregistrement.</translation>
    </message>
    <message>
        <source>Create an empty mission database: schema, the seed incident categories, the classification label set and the mission&apos;s name; no records. Refuses an existing file unless --force (a mission database replaced that way is backed up first).</source>
        <translation>Créer une base de mission vide&#xa0;: schéma, catégories d&apos;incidents initiales, jeu de mentions de classification et nom de la mission&#xa0;; aucun enregistrement. Refuse un fichier existant sauf avec --force (une base de mission ainsi remplacée est d&apos;abord sauvegardée).</translation>
    </message>
    <message>
        <source>Create the unit identity and a new key pair (refuses to replace an existing one without --force).</source>
        <translation>Créer l&apos;identité de l&apos;unité et une nouvelle paire de clés (refuse de remplacer une identité existante sans --force).</translation>
    </message>
    <message>
        <source>Delete a record; partners receive the deletion like an edit. Prints the id.</source>
        <translation>Supprimer un enregistrement&#xa0;; les partenaires reçoivent la suppression comme une modification. Affiche l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Each installation signs what it sends with its own Ed25519 key; the private key never leaves this machine (owner-only file permissions).</source>
        <translation>Chaque installation signe ce qu&apos;elle envoie avec sa propre clé Ed25519&#xa0;; la clé privée ne quitte jamais cette machine (fichier accessible à son seul propriétaire).</translation>
    </message>
    <message>
        <source>Edit the picture one record at a time, through the same validation as the forms. Field names and formats are documented in docs/schema.md.</source>
        <translation>Modifier la situation un enregistrement à la fois, avec les mêmes contrôles que les formulaires. Les noms et formats des champs sont décrits dans docs/schema.md.</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. NPL</source>
        <translation>code ISO 3166 alpha-3, p. ex. NPL</translation>
    </message>
    <message>
        <source>Import a file in one transaction; the format is recognised by content (GeoJSON, CSV, GeoPackage, zipped Shapefile, KML/KMZ, Cursor-on-Target, TAK data package, NVG). A file with bad features writes nothing; the error counts the problems by reason and names the first 20 (--report FILE.csv lists every one). With --skip-invalid the good features are imported and the bad ones listed. A partner&apos;s sync package is recognised and verified exactly as by &apos;sync import&apos;.</source>
        <translation>Importer un fichier en une seule transaction&#xa0;; le format est reconnu d&apos;après le contenu (GeoJSON, CSV, GeoPackage, Shapefile zippé, KML/KMZ, Cursor-on-Target, paquet de données TAK, NVG). Un fichier comportant des entités erronées n&apos;écrit rien&#xa0;; l&apos;erreur compte les problèmes par motif et nomme les 20 premiers (--report FILE.csv les liste tous). Avec --skip-invalid, les entités valides sont importées et les autres listées. Un paquet de synchronisation d&apos;un partenaire est reconnu et vérifié exactement comme par &apos;sync import&apos;.</translation>
    </message>
    <message>
        <source>Incident counts by category and area against the previous period, ceasefire violations by line and side, patrol coverage, significant incidents and the map, marked with the highest classification behind the figures.</source>
        <translation>Nombre d&apos;incidents par catégorie et par zone comparé à la période précédente, violations du cessez-le-feu par ligne et par côté, couverture des patrouilles, incidents significatifs et carte, avec la classification la plus élevée des données utilisées.</translation>
    </message>
    <message>
        <source>Incident counts per hexagon (--cell metres across flats) and per patrol area, against the previous window of equal length.</source>
        <translation>Nombre d&apos;incidents par hexagone (--cell mètres d&apos;un côté plat à l&apos;autre) et par zone de patrouille, comparé à la fenêtre précédente de même durée.</translation>
    </message>
    <message>
        <source>Incidents inside a ceasefire line&apos;s buffer zone, or within --distance metres of it, with the distance, the side and the party on that side.</source>
        <translation>Incidents situés dans la zone tampon d&apos;une ligne de cessez-le-feu, ou à moins de --distance mètres de celle-ci, avec la distance, le côté et la partie de ce côté.</translation>
    </message>
    <message>
        <source>Incidents within --radius metres of a unit&apos;s current position; with --incident, the nearest units with distance and bearing.</source>
        <translation>Incidents à moins de --radius mètres de la position actuelle d&apos;une unité&#xa0;; avec --incident, les unités les plus proches avec distance et azimut.</translation>
    </message>
    <message>
        <source>Keep a feed definition in this installation&apos;s feeds.json (private: a TLS address may carry a password). It connects only when started.</source>
        <translation>Enregistrer la définition d&apos;un flux dans le fichier feeds.json de cette installation (privé&#xa0;: une adresse TLS peut contenir un mot de passe). Il ne se connecte qu&apos;une fois démarré.</translation>
    </message>
    <message>
        <source>Keep the local or the remote side; it is saved as a new edit, so the choice reaches partners.</source>
        <translation>Garder la version locale ou distante&#xa0;; elle est enregistrée comme une nouvelle modification, de sorte que le choix parvient aux partenaires.</translation>
    </message>
    <message>
        <source>Key cards carry a unit&apos;s public key. Compare the fingerprint with the partner by voice or radio before trusting a card.</source>
        <translation>Les cartes de clé portent la clé publique d&apos;une unité. Comparez l&apos;empreinte avec le partenaire, de vive voix ou par radio, avant de faire confiance à une carte.</translation>
    </message>
    <message>
        <source>List categories (retired ones marked).</source>
        <translation>Lister les catégories (celles retirées sont signalées).</translation>
    </message>
    <message>
        <source>List conflicts not yet resolved.</source>
        <translation>Lister les conflits non encore résolus.</translation>
    </message>
    <message>
        <source>List imported and online basemaps.</source>
        <translation>Lister les fonds de carte importés et en ligne.</translation>
    </message>
    <message>
        <source>List trusted (and revoked) partners.</source>
        <translation>Lister les partenaires de confiance (et révoqués).</translation>
    </message>
    <message>
        <source>Live Cursor-on-Target feeds (ATAK, WinTAK, TAK servers). Addresses: udp://239.2.3.1:6969?iface=ADDR (multicast: the interface to join on), udp://0.0.0.0:4242, tcp://HOST:8087, tls://HOST:8089?cert=FILE.p12&amp;password=PW[&amp;ca=CA.pem]; add format=protobuf to send TAK protocol messages. Nothing connects unless you start a feed.</source>
        <translation>Flux Cursor-on-Target en direct (ATAK, WinTAK, serveurs TAK). Adresses&#xa0;: udp://239.2.3.1:6969?iface=ADDR (multidiffusion&#xa0;: l&apos;interface sur laquelle s&apos;abonner), udp://0.0.0.0:4242, tcp://HOST:8087, tls://HOST:8089?cert=FILE.p12&amp;password=PW[&amp;ca=CA.pem]&#xa0;; ajoutez format=protobuf pour envoyer des messages au protocole TAK. Aucune connexion n&apos;est établie tant que vous ne démarrez pas un flux.</translation>
    </message>
    <message>
        <source>Offer a retired category again.</source>
        <translation>Proposer de nouveau une catégorie retirée.</translation>
    </message>
    <message>
        <source>Open the desktop application: on --db (or $BLUEHELMET_DB) when given, else on the last mission opened, else on the start page (new mission, open mission, training demo).</source>
        <translation>Ouvrir l&apos;application de bureau&#xa0;: sur --db (ou $BLUEHELMET_DB) s&apos;il est donné, sinon sur la dernière mission ouverte, sinon sur la page d&apos;accueil (nouvelle mission, ouvrir une mission, démonstration d&apos;entraînement).</translation>
    </message>
    <message>
        <source>Per patrol area: when it was last patrolled, whether that is overdue, and the share of it seen by patrol tracks (buffered by the sight distance).</source>
        <translation>Pour chaque zone de patrouille&#xa0;: date de la dernière patrouille, retard éventuel, et part de la zone vue depuis les traces de patrouille (élargies de la distance de vue).</translation>
    </message>
    <message>
        <source>Print a record in the documented JSON form (geometry as GeoJSON).</source>
        <translation>Afficher un enregistrement sous la forme JSON documentée (géométrie en GeoJSON).</translation>
    </message>
    <message>
        <source>Read a CSV or .xlsx ORBAT and write its units in one transaction. A unit&apos;s higher unit may be named by designation, short name, call sign or the file&apos;s id column, and may come later in the file.</source>
        <translation>Lire un ORBAT en CSV ou .xlsx et écrire ses unités en une seule transaction. L&apos;unité supérieure d&apos;une unité peut être désignée par sa désignation, son nom abrégé, son indicatif ou la colonne d&apos;identifiant du fichier, et peut figurer plus loin dans le fichier.</translation>
    </message>
    <message>
        <source>Receive CoT XML or TAK protocol events and store them as a file import of the same events would, one transaction per batch. Ends after --for, or on Ctrl-C.</source>
        <translation>Recevoir des événements CoT XML ou au protocole TAK et les enregistrer comme le ferait l&apos;importation d&apos;un fichier contenant ces événements, une transaction par lot. S&apos;arrête après --for, ou sur Ctrl-C.</translation>
    </message>
    <message>
        <source>Remove a basemap (and its tile cache).</source>
        <translation>Supprimer un fond de carte (et son cache de tuiles).</translation>
    </message>
    <message>
        <source>Remove a feed from this installation&apos;s feeds.json (a running feed stops only when it is stopped).</source>
        <translation>Retirer un flux du fichier feeds.json de cette installation (un flux en cours ne s&apos;arrête que lorsqu&apos;on l&apos;arrête).</translation>
    </message>
    <message>
        <source>Render the current picture or a saved view: FILE.png and FILE.pdf through Qt WebEngine offscreen (banners, title block, date-time group, north arrow, scale bar, legend and source note), FILE.html as one self-contained briefing map that opens in any browser with no network.</source>
        <translation>Produire la situation actuelle ou une vue enregistrée&#xa0;: FILE.png et FILE.pdf par Qt WebEngine hors écran (bandeaux, cartouche, groupe date-heure, flèche du nord, échelle, légende et mention des sources), FILE.html en une carte de briefing autonome qui s&apos;ouvre dans tout navigateur sans réseau.</translation>
    </message>
    <message>
        <source>Reports built from the mission database, headless.</source>
        <translation>Rapports établis à partir de la base de la mission, sans interface graphique.</translation>
    </message>
    <message>
        <source>Revoke a partner&apos;s key: packages it signed are refused from now on.</source>
        <translation>Révoquer la clé d&apos;un partenaire&#xa0;: les paquets qu&apos;elle a signés sont désormais refusés.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity checks and Blue Helmet&apos;s own consistency checks; exit 0 when healthy, 1 when an error was found (warnings do not fail).</source>
        <translation>Exécuter les contrôles d&apos;intégrité de SQLite et les contrôles de cohérence propres à Blue Helmet&#xa0;; code de sortie 0 si tout est sain, 1 si une erreur a été trouvée (les avertissements ne font pas échouer).</translation>
    </message>
    <message>
        <source>SHA-256 over every record&apos;s kind, id, version, content hash and the author signature of that version (tombstones included): equal on two installations holding the same records with the same signatures.</source>
        <translation>SHA-256 du type, de l&apos;identifiant, de la version, de l&apos;empreinte du contenu et de la signature d&apos;auteur de cette version pour chaque enregistrement (marques de suppression comprises)&#xa0;: identique sur deux installations détenant les mêmes enregistrements avec les mêmes signatures.</translation>
    </message>
    <message>
        <source>Send as CoT what the audience may receive under the mission&apos;s releasability rules (as for sync packages): our units&apos; current positions, and the layers named with --layers. Records not releasable to the audience are never sent.</source>
        <translation>Envoyer en CoT ce que le destinataire peut recevoir selon les règles de communicabilité de la mission (comme pour les paquets de synchronisation)&#xa0;: les positions actuelles de nos unités, et les couches nommées par --layers. Les enregistrements non communicables au destinataire ne sont jamais envoyés.</translation>
    </message>
    <message>
        <source>Set an incident&apos;s status: reported → confirmed / disputed / rejected → closed; closed or rejected incidents may be reopened (reported). Prints the id.</source>
        <translation>Fixer le statut d&apos;un incident&#xa0;: signalé → confirmé / contesté / rejeté → clos&#xa0;; un incident clos ou rejeté peut être rouvert (signalé). Affiche l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Set the highest classification label a partner may receive; records above it are never exported to that partner.</source>
        <translation>Fixer la mention de classification la plus élevée qu&apos;un partenaire peut recevoir&#xa0;; les enregistrements au-dessus ne sont jamais exportés vers ce partenaire.</translation>
    </message>
    <message>
        <source>Show the mission&apos;s settings.</source>
        <translation>Afficher les paramètres de la mission.</translation>
    </message>
    <message>
        <source>Show the unit identity and its key fingerprint, for comparison by voice or radio.</source>
        <translation>Afficher l&apos;identité de l&apos;unité et l&apos;empreinte de sa clé, à comparer de vive voix ou par radio.</translation>
    </message>
    <message>
        <source>Stop offering a category for new incidents.</source>
        <translation>Ne plus proposer une catégorie pour les nouveaux incidents.</translation>
    </message>
    <message>
        <source>Store a file (25 MiB at most) in the database and attach it to an incident. Prints the file&apos;s SHA-256, which names it.</source>
        <translation>Enregistrer un fichier (25 Mio au plus) dans la base et le joindre à un incident. Affiche le SHA-256 du fichier, qui lui sert de nom.</translation>
    </message>
    <message>
        <source>Take an attachment off an incident. Prints the incident id.</source>
        <translation>Retirer une pièce jointe d&apos;un incident. Affiche l&apos;identifiant de l&apos;incident.</translation>
    </message>
    <message>
        <source>The feeds defined on this installation (feeds.json in the data folder); certificate passwords are not shown.</source>
        <translation>Les flux définis sur cette installation (feeds.json dans le dossier de données)&#xa0;; les mots de passe des certificats ne sont pas affichés.</translation>
    </message>
    <message>
        <source>The gazetteer: world towns of 1,000+ people (GeoNames, CC BY 4.0, offline) and the mission&apos;s own named places.</source>
        <translation>Le répertoire géographique&#xa0;: localités du monde de plus de 1 000 habitants (GeoNames, CC BY 4.0, hors ligne) et les lieux nommés propres à la mission.</translation>
    </message>
    <message>
        <source>The mission authority&apos;s key may revoke any unit&apos;s key, and only settings it signs change this mission&apos;s settings (they ride in every package and are relayed onward). Name it with &apos;me&apos; (this installation) or a trusted partner&apos;s unit name or fingerprint; without KEY, show the one named.</source>
        <translation>La clé de l&apos;autorité de la mission peut révoquer la clé de n&apos;importe quelle unité, et seuls les paramètres qu&apos;elle signe modifient les paramètres de cette mission (ils voyagent dans chaque paquet et sont relayés plus loin). La désigner par « me » (cette installation) ou par le nom d&apos;unité ou l&apos;empreinte d&apos;un partenaire de confiance ; sans CLÉ, afficher celle qui est désignée.</translation>
    </message>
    <message>
        <source>The mission&apos;s incident categories, each mapped to ACLED&apos;s event type and sub-event type where one fits. A retired category is no longer offered for new incidents but stays valid for the records that use it.</source>
        <translation>Les catégories d&apos;incidents de la mission, chacune mise en correspondance avec le type et le sous-type d&apos;événement ACLED quand il en existe un. Une catégorie retirée n&apos;est plus proposée pour les nouveaux incidents mais reste valable pour les enregistrements qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>URL template with {z}, {x} and {y}</source>
        <translation>modèle d&apos;URL avec {z}, {x} et {y}</translation>
    </message>
    <message>
        <source>Units with their higher unit, nation, SIDC or unit type, echelon and call sign, one row per unit (docs/orbat.md).</source>
        <translation>Unités avec leur unité supérieure, nation, SIDC ou type d&apos;unité, échelon et indicatif, une ligne par unité (docs/orbat.md).</translation>
    </message>
    <message>
        <source>Verify and merge a partner&apos;s package in one transaction; concurrent edits are kept as conflicts.</source>
        <translation>Vérifier et fusionner le paquet d&apos;un partenaire en une seule transaction&#xa0;; les modifications concurrentes sont conservées comme conflits.</translation>
    </message>
    <message>
        <source>Whole-mission operations on SQLite files and PostGIS databases.</source>
        <translation>Opérations sur une mission entière, en fichiers SQLite et en bases PostGIS.</translation>
    </message>
    <message>
        <source>Write a signed package of what a partner may receive, or merge a partner&apos;s package (verified completely before anything is written).</source>
        <translation>Écrire un paquet signé de ce qu&apos;un partenaire peut recevoir, ou fusionner le paquet d&apos;un partenaire (entièrement vérifié avant toute écriture).</translation>
    </message>
    <message>
        <source>Write an attachment&apos;s bytes to --out (or standard output with -).</source>
        <translation>Écrire le contenu d&apos;une pièce jointe dans --out (ou sur la sortie standard avec -).</translation>
    </message>
    <message>
        <source>Write live records to GeoJSON, KML/KMZ (Google Earth), GeoPackage (QGIS), CSV or Cursor-on-Target (ATAK). Units are placed at their current position.</source>
        <translation>Écrire les enregistrements actifs en GeoJSON, KML/KMZ (Google Earth), GeoPackage (QGIS), CSV ou Cursor-on-Target (ATAK). Les unités sont placées à leur position actuelle.</translation>
    </message>
    <message>
        <source>Write the public key card (unit, nation, fingerprint) to give to partners.</source>
        <translation>Écrire la carte de clé publique (unité, nation, empreinte) à remettre aux partenaires.</translation>
    </message>
    <message>
        <source>Write the records changed since the last package to PARTNER (or all with --full), releasable to it only.</source>
        <translation>Écrire les enregistrements modifiés depuis le dernier paquet pour PARTNER (ou tous avec --full), limités à ceux qui lui sont communicables.</translation>
    </message>
    <message>
        <source>a feed address or a defined feed</source>
        <translation>une adresse de flux ou un flux défini</translation>
    </message>
    <message>
        <source>a feed address or a defined feed out</source>
        <translation>une adresse de flux ou un flux sortant défini</translation>
    </message>
    <message>
        <source>a feed out (default: a feed in)</source>
        <translation>un flux sortant (par défaut&#xa0;: un flux entrant)</translation>
    </message>
    <message>
        <source>a nation (NPL), an organisation (UN) or MISSION (mission-wide)</source>
        <translation>une nation (NPL), une organisation (UN) ou MISSION (toute la mission)</translation>
    </message>
    <message>
        <source>a place name or a position</source>
        <translation>un nom de lieu ou une position</translation>
    </message>
    <message>
        <source>a short name (letters, digits, spaces, . _ -)</source>
        <translation>un nom court (lettres, chiffres, espaces, . _ -)</translation>
    </message>
    <message>
        <source>add a local category</source>
        <translation>ajouter une catégorie locale</translation>
    </message>
    <message>
        <source>add an online XYZ tile source (cached for offline use)</source>
        <translation>ajouter une source de tuiles XYZ en ligne (mise en cache pour un usage hors ligne)</translation>
    </message>
    <message>
        <source>add the file&apos;s units to the mission (units already there by name are updated)</source>
        <translation>ajouter les unités du fichier à la mission (les unités déjà présentes sous ce nom sont mises à jour)</translation>
    </message>
    <message>
        <source>add, change, delete and show single records</source>
        <translation>ajouter, modifier, supprimer et afficher des enregistrements un à un</translation>
    </message>
    <message>
        <source>answer the daily questions: violations, coverage, proximity, hotspots</source>
        <translation>répondre aux questions du jour&#xa0;: violations, couverture, proximité, points chauds</translation>
    </message>
    <message>
        <source>attach a photo or document to an incident</source>
        <translation>joindre une photo ou un document à un incident</translation>
    </message>
    <message>
        <source>back up the mission database (consistent even while it is in use)</source>
        <translation>sauvegarder la base de la mission (cohérente même en cours d&apos;utilisation)</translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation>fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <source>basemap under the map: an id from `basemap list`, or natural-earth (default: the view&apos;s, else the built-in map)</source>
        <translation>fond de carte sous la carte&#xa0;: un identifiant de `basemap list`, ou natural-earth (par défaut&#xa0;: celui de la vue, sinon la carte intégrée)</translation>
    </message>
    <message>
        <source>card file or folder</source>
        <translation>fichier ou dossier de cartes de clé</translation>
    </message>
    <message>
        <source>category key (repeatable)</source>
        <translation>clé de catégorie (répétable)</translation>
    </message>
    <message>
        <source>ceasefire line id (repeatable)</source>
        <translation>identifiant de ligne de cessez-le-feu (répétable)</translation>
    </message>
    <message>
        <source>change a category&apos;s label</source>
        <translation>modifier le libellé d&apos;une catégorie</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>modifier un paramètre</translation>
    </message>
    <message>
        <source>change some fields of a record</source>
        <translation>modifier certains champs d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and consistency</source>
        <translation>vérifier l&apos;intégrité et la cohérence de la base</translation>
    </message>
    <message>
        <source>check the file and say what would change</source>
        <translation>vérifier le fichier et indiquer ce qui changerait</translation>
    </message>
    <message>
        <source>classification label, e.g. CONFIDENTIAL</source>
        <translation>mention de classification, p. ex. CONFIDENTIAL</translation>
    </message>
    <message>
        <source>classification labels: un (default), nato, or a list lowest first, e.g. &apos;UNCLASSIFIED,MISSION RESTRICTED,MISSION CONFIDENTIAL&apos;</source>
        <translation>mentions de classification&#xa0;: un (par défaut), nato, ou une liste de la plus basse à la plus haute, p. ex. &apos;UNCLASSIFIED,MISSION RESTRICTED,MISSION CONFIDENTIAL&apos;</translation>
    </message>
    <message>
        <source>comma-separated: units, incident, map_item, patrol_area, ceasefire_line, patrol (default: units)</source>
        <translation>séparées par des virgules&#xa0;: units, incident, map_item, patrol_area, ceasefire_line, patrol (par défaut&#xa0;: units)</translation>
    </message>
    <message>
        <source>conflict id (see &apos;conflicts list&apos;)</source>
        <translation>identifiant du conflit (voir &apos;conflicts list&apos;)</translation>
    </message>
    <message>
        <source>copy a mission into an empty one, SQLite or PostGIS, either way</source>
        <translation>copier une mission dans une mission vide, SQLite ou PostGIS, dans un sens ou dans l&apos;autre</translation>
    </message>
    <message>
        <source>count the records of each kind</source>
        <translation>compter les enregistrements de chaque type</translation>
    </message>
    <message>
        <source>counts as a ceasefire violation</source>
        <translation>compte comme une violation du cessez-le-feu</translation>
    </message>
    <message>
        <source>create a new, empty mission database</source>
        <translation>créer une nouvelle base de mission vide</translation>
    </message>
    <message>
        <source>create a record and print its id</source>
        <translation>créer un enregistrement et afficher son identifiant</translation>
    </message>
    <message>
        <source>create the identity and key pair</source>
        <translation>créer l&apos;identité et la paire de clés</translation>
    </message>
    <message>
        <source>credit line required by the source</source>
        <translation>mention de crédit exigée par la source</translation>
    </message>
    <message>
        <source>daily situation report as HTML or PDF</source>
        <translation>rapport de situation quotidien (SITREP) en HTML ou en PDF</translation>
    </message>
    <message>
        <source>date the imagery was taken</source>
        <translation>date de prise de vue de l&apos;imagerie</translation>
    </message>
    <message>
        <source>deepest zoom level</source>
        <translation>niveau de zoom le plus fin</translation>
    </message>
    <message>
        <source>define a feed (in, or out with an audience)</source>
        <translation>définir un flux (entrant, ou sortant avec un destinataire)</translation>
    </message>
    <message>
        <source>delete a record (a tombstone that travels to partners)</source>
        <translation>supprimer un enregistrement (une marque de suppression qui parvient aux partenaires)</translation>
    </message>
    <message>
        <source>draw the MGRS/UTM grid or a latitude/longitude graticule (default: the view&apos;s)</source>
        <translation>tracer le quadrillage MGRS/UTM ou un canevas en latitude/longitude (par défaut&#xa0;: celui de la vue)</translation>
    </message>
    <message>
        <source>editing unit named in the change log (default: this installation&apos;s unit)</source>
        <translation>unité auteur nommée dans le journal des modifications (par défaut&#xa0;: l&apos;unité de cette installation)</translation>
    </message>
    <message>
        <source>empty mission to fill</source>
        <translation>mission vide à remplir</translation>
    </message>
    <message>
        <source>end of the period, ISO 8601 UTC or a DTG such as 221200ZNOV26 (default: now, or the data&apos;s latest time when the data ends earlier)</source>
        <translation>fin de la période, en ISO 8601 UTC ou en groupe date-heure tel que 221200ZNOV26 (par défaut&#xa0;: maintenant, ou la dernière heure des données si elles s&apos;arrêtent plus tôt)</translation>
    </message>
    <message>
        <source>end of the window</source>
        <translation>fin de la fenêtre</translation>
    </message>
    <message>
        <source>every releasable record</source>
        <translation>tous les enregistrements communicables</translation>
    </message>
    <message>
        <source>exchange and trust partners&apos; key cards</source>
        <translation>échanger les cartes de clé des partenaires et leur faire confiance</translation>
    </message>
    <message>
        <source>exchange the picture with a partner by signed package files</source>
        <translation>échanger la situation avec un partenaire par fichiers de paquets signés</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>format du fichier</translation>
    </message>
    <message>
        <source>file name to show (default: the file&apos;s)</source>
        <translation>nom de fichier à afficher (par défaut&#xa0;: celui du fichier)</translation>
    </message>
    <message>
        <source>file to attach</source>
        <translation>fichier à joindre</translation>
    </message>
    <message>
        <source>file to write, or - for standard output</source>
        <translation>fichier à écrire, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>fill an empty database with the fictional training demo</source>
        <translation>remplir une base vide avec la démonstration d&apos;entraînement fictive</translation>
    </message>
    <message>
        <source>find where a place name, MGRS, decimal degrees or DMS is</source>
        <translation>trouver où se trouve un nom de lieu, une position MGRS, des degrés décimaux ou DMS</translation>
    </message>
    <message>
        <source>for a feed out: NATION, ORG or MISSION</source>
        <translation>pour un flux sortant&#xa0;: NATION, ORG ou MISSION</translation>
    </message>
    <message>
        <source>for a feed out: highest label sent</source>
        <translation>pour un flux sortant&#xa0;: mention la plus élevée envoyée</translation>
    </message>
    <message>
        <source>for a feed out: layers sent</source>
        <translation>pour un flux sortant&#xa0;: couches envoyées</translation>
    </message>
    <message>
        <source>for a feed out: seconds between sends (default 10)</source>
        <translation>pour un flux sortant&#xa0;: secondes entre deux envois (10 par défaut)</translation>
    </message>
    <message>
        <source>force a reader instead of recognising it</source>
        <translation>imposer un lecteur au lieu de le reconnaître</translation>
    </message>
    <message>
        <source>forget a feed definition</source>
        <translation>oublier la définition d&apos;un flux</translation>
    </message>
    <message>
        <source>give every feature this field&apos;s value, over the file&apos;s own (repeatable), e.g. --set nation=GHA --set classification=&apos;MISSION RESTRICTED&apos;</source>
        <translation>donner à chaque entité la valeur de ce champ, à la place de celle du fichier (répétable), p. ex. --set nation=GHA --set classification=&apos;MISSION RESTRICTED&apos;</translation>
    </message>
    <message>
        <source>group shown in lists (default Local)</source>
        <translation>groupe affiché dans les listes (Local par défaut)</translation>
    </message>
    <message>
        <source>hexagon size in metres</source>
        <translation>taille des hexagones en mètres</translation>
    </message>
    <message>
        <source>highest classification the audience may receive (default: the lowest label)</source>
        <translation>classification la plus élevée que le destinataire peut recevoir (par défaut&#xa0;: la mention la plus basse)</translation>
    </message>
    <message>
        <source>highest classification the partner may receive (default: the lowest label only)</source>
        <translation>classification la plus élevée que le partenaire peut recevoir (par défaut&#xa0;: la mention la plus basse seulement)</translation>
    </message>
    <message>
        <source>how many nearest units</source>
        <translation>nombre d&apos;unités les plus proches</translation>
    </message>
    <message>
        <source>id to file it under (default: file name)</source>
        <translation>identifiant sous lequel le ranger (par défaut&#xa0;: le nom du fichier)</translation>
    </message>
    <message>
        <source>image size WxH pixels</source>
        <translation>taille de l&apos;image en pixels, WxH (largeur x hauteur)</translation>
    </message>
    <message>
        <source>imagery to lay over another basemap (sheets)</source>
        <translation>imagerie à superposer à un autre fond de carte (coupures)</translation>
    </message>
    <message>
        <source>import a file into the mission</source>
        <translation>importer un fichier dans la mission</translation>
    </message>
    <message>
        <source>may edit, through the app, the records it may read</source>
        <translation>peut modifier, par l&apos;application, les enregistrements qu&apos;il peut lire</translation>
    </message>
    <message>
        <source>Copy the mission database through SQLite&apos;s online backup API (a PostGIS mission: a pg_dump custom-format file): to FILE with --out, otherwise into the automatic backup folder (rotated). Backups of files are also taken before every import and at an interval while the GUI runs.</source>
        <translation>Copier la base de la mission par l&apos;API de sauvegarde à chaud de SQLite (une mission PostGIS : un fichier pg_dump au format personnalisé) : vers FICHIER avec --out, sinon dans le dossier des sauvegardes automatiques (avec rotation). Les fichiers sont aussi sauvegardés avant chaque import et à intervalles réguliers tant que l&apos;interface est ouverte.</translation>
    </message>
    <message>
        <source>&apos;me&apos;, a unit name or a fingerprint</source>
        <translation>« me » (cette installation), un nom d&apos;unité ou une empreinte</translation>
    </message>
    <message>
        <source>Each mission user connects with their own PostgreSQL role, through the app or any client, and the server shows them only the records releasable to their nation or organisation and within their accreditation (row-level security).</source>
        <translation>Chaque utilisateur de la mission se connecte avec son propre rôle PostgreSQL, par l&apos;application ou tout autre client, et le serveur ne lui montre que les enregistrements communicables à sa nation ou à son organisation et dans la limite de son habilitation (sécurité au niveau des lignes).</translation>
    </message>
    <message>
        <source>Generate the demo mission (deterministic for the same options) into an empty database, in one transaction: an SQLite file (created if missing) or an empty PostGIS database (--db postgresql://…).</source>
        <translation>Générer la mission de démonstration (identique pour les mêmes options) dans une base vide, en une transaction&#xa0;: un fichier SQLite (créé s&apos;il n&apos;existe pas) ou une base PostGIS vide (--db postgresql://…).</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3 code, e.g. FRA</source>
        <translation>code ISO 3166 alpha-3, p. ex. FRA</translation>
    </message>
    <message>
        <source>List the mission&apos;s login roles.</source>
        <translation>Lister les rôles de connexion de la mission.</translation>
    </message>
    <message>
        <source>PostgreSQL login roles for partner liaison officers (PostGIS missions)</source>
        <translation>rôles de connexion PostgreSQL des officiers de liaison partenaires (missions PostGIS)</translation>
    </message>
    <message>
        <source>Restore a backup over the mission database. The backup must be a healthy Blue Helmet database (checked first); the current database is backed up before it is replaced (or moved aside if it is damaged), so a restore can be undone. A PostGIS mission: a pg_dump custom-format file is loaded into an empty database (pg_restore, one transaction), then checked.</source>
        <translation>Restaurer une sauvegarde à la place de la base de la mission. La sauvegarde doit être une base Blue Helmet saine (vérifiée d&apos;abord) ; la base actuelle est sauvegardée avant d&apos;être remplacée (ou mise de côté si elle est endommagée), de sorte qu&apos;une restauration peut être annulée. Une mission PostGIS : un fichier pg_dump au format personnalisé est chargé dans une base vide (pg_restore, en une transaction), puis vérifié.</translation>
    </message>
    <message>
        <source>Revoke this installation&apos;s own key (no UNIT, or its own unit name), or, when this installation holds the mission authority&apos;s key, any unit&apos;s key. The signed notice rides in every package from now on and is relayed onward; versions signed by the key after the revocation time are refused everywhere it arrives.</source>
        <translation>Révoquer la clé de cette installation (sans UNITÉ, ou avec son propre nom d&apos;unité) ou, lorsque cette installation détient la clé de l&apos;autorité de la mission, la clé de n&apos;importe quelle unité. L&apos;avis signé voyage désormais dans chaque paquet et est relayé plus loin ; les versions signées par cette clé après l&apos;heure de révocation sont refusées partout où il arrive.</translation>
    </message>
    <message>
        <source>Settings kept in the mission database. Every change is validated, written in one transaction and recorded in the change log. Partners&apos; sync packages change settings only with a notice signed by the mission authority&apos;s key (see &apos;sync authority&apos;).</source>
        <translation>Paramètres conservés dans la base de la mission. Chaque changement est validé, écrit en une seule transaction et consigné dans le journal des modifications. Les paquets de synchronisation des partenaires ne modifient les paramètres qu&apos;au moyen d&apos;un avis signé par la clé de l&apos;autorité de la mission (voir « sync authority »).</translation>
    </message>
    <message>
        <source>Take the role&apos;s rights on this mission away and drop the login role (kept if it still holds rights on another mission database of the server).</source>
        <translation>Retirer au rôle ses droits sur cette mission et supprimer le rôle de connexion (conservé s&apos;il a encore des droits sur une autre base de mission du serveur).</translation>
    </message>
    <message>
        <source>Units first seen on a feed (a friendly position from a new UID) are kept and shown, marked as awaiting confirmation until someone confirms them.</source>
        <translation>Les unités vues pour la première fois sur un flux (une position amie d&apos;un nouvel UID) sont conservées et affichées, marquées en attente de confirmation jusqu&apos;à ce que quelqu&apos;un les confirme.</translation>
    </message>
    <message>
        <source>Validate a raster MBTiles file (png, jpg, webp) or a vector tile set (PMTiles, or MBTiles of vector tiles; Protomaps or OpenMapTiles schema) and copy it into the library; or warp map sheets and georeferenced imagery (GeoTIFF in any coordinate system; GeoPDF through GDAL&apos;s gdal_translate) into Web Mercator tiles. Several sheets of one series become one basemap.</source>
        <translation>Valider un fichier MBTiles raster (png, jpg, webp) ou un jeu de tuiles vectorielles (PMTiles, ou MBTiles de tuiles vectorielles ; schéma Protomaps ou OpenMapTiles) et le copier dans la bibliothèque ; ou reprojeter des coupures de carte et de l&apos;imagerie géoréférencée (GeoTIFF dans tout système de coordonnées ; GeoPDF par gdal_translate de GDAL) en tuiles Web Mercator. Plusieurs coupures d&apos;une même série forment un seul fond de carte.</translation>
    </message>
    <message>
        <source>confirm units a feed brought in</source>
        <translation>confirmer des unités apportées par un flux</translation>
    </message>
    <message>
        <source>create a login role for a liaison officer</source>
        <translation>créer un rôle de connexion pour un officier de liaison</translation>
    </message>
    <message>
        <source>highest classification label the officer may read (default: the lowest label)</source>
        <translation>marque de classification la plus haute que l&apos;officier peut lire (par défaut : la plus basse)</translation>
    </message>
    <message>
        <source>id, call sign or designation</source>
        <translation>identifiant, indicatif ou désignation</translation>
    </message>
    <message>
        <source>import an MBTiles or PMTiles file, or map sheets and imagery (GeoTIFF, GeoPDF)</source>
        <translation>importer un fichier MBTiles ou PMTiles, ou des coupures de carte et de l&apos;imagerie (GeoTIFF, GeoPDF)</translation>
    </message>
    <message>
        <source>import every feature that can be imported (in one transaction) and list the others with their reasons</source>
        <translation>importer toutes les entités importables (en une seule transaction) et lister les autres avec leur motif</translation>
    </message>
    <message>
        <source>import the order of battle from a spreadsheet (CSV or Excel .xlsx)</source>
        <translation>importer l&apos;ordre de bataille depuis un tableur (CSV ou Excel .xlsx)</translation>
    </message>
    <message>
        <source>incident density in hexagons and per patrol area, with the trend</source>
        <translation>densité d&apos;incidents par hexagone et par zone de patrouille, avec la tendance</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>identifiant de l&apos;incident</translation>
    </message>
    <message>
        <source>incident id: list its nearest units</source>
        <translation>identifiant d&apos;incident&#xa0;: lister les unités les plus proches</translation>
    </message>
    <message>
        <source>incidents in buffer zones or near ceasefire lines, by line and side</source>
        <translation>incidents dans les zones tampons ou près des lignes de cessez-le-feu, par ligne et par côté</translation>
    </message>
    <message>
        <source>incidents near units, nearest units to an incident, units in buffer zones</source>
        <translation>incidents près des unités, unités les plus proches d&apos;un incident, unités dans les zones tampons</translation>
    </message>
    <message>
        <source>keep one side of a conflict</source>
        <translation>garder une version d&apos;un conflit</translation>
    </message>
    <message>
        <source>language of the report (default: the language of the command&apos;s messages)</source>
        <translation>langue du rapport (par défaut&#xa0;: celle des messages de la commande)</translation>
    </message>
    <message>
        <source>leave the map out (no Qt needed)</source>
        <translation>laisser la carte de côté (Qt n&apos;est pas nécessaire)</translation>
    </message>
    <message>
        <source>length of the period</source>
        <translation>durée de la période</translation>
    </message>
    <message>
        <source>length of the period: 24h, 36h, 2d, 90m (default 24h)</source>
        <translation>durée de la période&#xa0;: 24h, 36h, 2d, 90m (24h par défaut)</translation>
    </message>
    <message>
        <source>list and resolve concurrent edits received from partners</source>
        <translation>lister et résoudre les modifications concurrentes reçues des partenaires</translation>
    </message>
    <message>
        <source>list basemaps</source>
        <translation>lister les fonds de carte</translation>
    </message>
    <message>
        <source>list open conflicts</source>
        <translation>lister les conflits ouverts</translation>
    </message>
    <message>
        <source>list the automatic backups</source>
        <translation>lister les sauvegardes automatiques</translation>
    </message>
    <message>
        <source>list the categories</source>
        <translation>lister les catégories</translation>
    </message>
    <message>
        <source>list the mission&apos;s users</source>
        <translation>lister les utilisateurs de la mission</translation>
    </message>
    <message>
        <source>list the places TEXT may mean, best first</source>
        <translation>lister les lieux que TEXT peut désigner, du plus probable au moins probable</translation>
    </message>
    <message>
        <source>list trusted partners</source>
        <translation>lister les partenaires de confiance</translation>
    </message>
    <message>
        <source>list, add, rename, retire or reinstate incident categories</source>
        <translation>lister, ajouter, renommer, retirer ou rétablir des catégories d&apos;incidents</translation>
    </message>
    <message>
        <source>live Cursor-on-Target feeds: listen, send, and the list of this installation&apos;s</source>
        <translation>flux Cursor-on-Target en direct&#xa0;: écoute, envoi, et liste de ceux de cette installation</translation>
    </message>
    <message>
        <source>look of a briefing output (default: the view&apos;s, else briefing)</source>
        <translation>présentation d&apos;une sortie de briefing (par défaut&#xa0;: celle de la vue, sinon briefing)</translation>
    </message>
    <message>
        <source>manage offline basemaps (MBTiles) and optional online tile sources</source>
        <translation>gérer les fonds de carte hors ligne (MBTiles) et les sources de tuiles en ligne facultatives</translation>
    </message>
    <message>
        <source>merge a partner&apos;s package</source>
        <translation>fusionner le paquet d&apos;un partenaire</translation>
    </message>
    <message>
        <source>metres from the line (0: buffer)</source>
        <translation>mètres depuis la ligne (0&#xa0;: zone tampon)</translation>
    </message>
    <message>
        <source>mission to copy from</source>
        <translation>mission à copier</translation>
    </message>
    <message>
        <source>moment to judge at (default: data)</source>
        <translation>moment de référence de l&apos;évaluation (par défaut&#xa0;: data)</translation>
    </message>
    <message>
        <source>move a whole mission between SQLite and PostgreSQL/PostGIS</source>
        <translation>déplacer une mission entière entre SQLite et PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <source>move an incident along its workflow</source>
        <translation>faire avancer un incident dans son cycle de traitement</translation>
    </message>
    <message>
        <source>name of a saved view to render</source>
        <translation>nom d&apos;une vue enregistrée à produire</translation>
    </message>
    <message>
        <source>name shown in the layer dock</source>
        <translation>nom affiché dans le panneau des couches</translation>
    </message>
    <message>
        <source>name shown in the layer list (sheets)</source>
        <translation>nom affiché dans la liste des couches (coupures)</translation>
    </message>
    <message>
        <source>new status</source>
        <translation>nouveau statut</translation>
    </message>
    <message>
        <source>new value (&apos;@FILE&apos; reads it from a file)</source>
        <translation>nouvelle valeur (&apos;@FILE&apos; la lit dans un fichier)</translation>
    </message>
    <message>
        <source>number of ceasefire lines</source>
        <translation>nombre de lignes de cessez-le-feu</translation>
    </message>
    <message>
        <source>number of incidents</source>
        <translation>nombre d&apos;incidents</translation>
    </message>
    <message>
        <source>number of patrol areas</source>
        <translation>nombre de zones de patrouille</translation>
    </message>
    <message>
        <source>number of units</source>
        <translation>nombre d&apos;unités</translation>
    </message>
    <message>
        <source>offer a retired category again</source>
        <translation>proposer de nouveau une catégorie retirée</translation>
    </message>
    <message>
        <source>one of unit, position_report, patrol_area, patrol, ceasefire_line, incident, map_item</source>
        <translation>un type parmi unit, position_report, patrol_area, patrol, ceasefire_line, incident, map_item</translation>
    </message>
    <message>
        <source>only inside W,S,E,N (degrees)</source>
        <translation>seulement à l&apos;intérieur de W,S,E,N (degrés)</translation>
    </message>
    <message>
        <source>only records whose time reaches past this (ISO, DTG, 24h)</source>
        <translation>seulement les enregistrements dont l&apos;heure va au-delà de ce moment (ISO, GDH, 24h)</translation>
    </message>
    <message>
        <source>only this record kind (repeatable; default all)</source>
        <translation>seulement ce type d&apos;enregistrement (répétable&#xa0;; tous par défaut)</translation>
    </message>
    <message>
        <source>open the desktop application</source>
        <translation>ouvrir l&apos;application de bureau</translation>
    </message>
    <message>
        <source>open the training demo (its own file, fictional data)</source>
        <translation>ouvrir la démonstration d&apos;entraînement (son propre fichier, données fictives)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>organisation token, e.g. UN or NATO</source>
        <translation>sigle de l&apos;organisation, p. ex. UN ou NATO</translation>
    </message>
    <message>
        <source>organisation, e.g. UN</source>
        <translation>organisation, p. ex. UN</translation>
    </message>
    <message>
        <source>output file (.html or .pdf)</source>
        <translation>fichier de sortie (.html ou .pdf)</translation>
    </message>
    <message>
        <source>output file (.png, .pdf or .html)</source>
        <translation>fichier de sortie (.png, .pdf ou .html)</translation>
    </message>
    <message>
        <source>package file to write</source>
        <translation>fichier de paquet à écrire</translation>
    </message>
    <message>
        <source>partner unit name or fingerprint</source>
        <translation>nom ou empreinte de l&apos;unité partenaire</translation>
    </message>
    <message>
        <source>patrol areas not patrolled within N hours, share covered by tracks</source>
        <translation>zones de patrouille non patrouillées depuis N heures, part couverte par les traces</translation>
    </message>
    <message>
        <source>patrol interval in hours</source>
        <translation>intervalle entre patrouilles en heures</translation>
    </message>
    <message>
        <source>polygon in longitude/latitude (WKT): the map face; the collar outside is cut</source>
        <translation>polygone en longitude/latitude (WKT)&#xa0;: le cadre de la carte&#xa0;; la marge extérieure est découpée</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>afficher une liste JSON</translation>
    </message>
    <message>
        <source>print a fingerprint of the record set, to compare with partners</source>
        <translation>afficher une empreinte de l&apos;ensemble des enregistrements, à comparer avec les partenaires</translation>
    </message>
    <message>
        <source>print a record as JSON</source>
        <translation>afficher un enregistrement en JSON</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>afficher les comptes en JSON</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>afficher la liste en JSON</translation>
    </message>
    <message>
        <source>print the matches as a JSON list</source>
        <translation>afficher les correspondances sous forme de liste JSON</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>afficher le rapport en JSON</translation>
    </message>
    <message>
        <source>random seed (default 7)</source>
        <translation>graine aléatoire (7 par défaut)</translation>
    </message>
    <message>
        <source>rank places of equal population by distance to this point (any position notation)</source>
        <translation>classer les lieux de même population selon leur distance à ce point (toute notation de position)</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>record kind of every feature (otherwise from the file&apos;s own fields or a guess)</source>
        <translation>type d&apos;enregistrement de chaque entité (sinon d&apos;après les champs du fichier ou par déduction)</translation>
    </message>
    <message>
        <source>remove a basemap</source>
        <translation>supprimer un fond de carte</translation>
    </message>
    <message>
        <source>remove a liaison officer&apos;s role</source>
        <translation>supprimer le rôle d&apos;un officier de liaison</translation>
    </message>
    <message>
        <source>render the picture or a saved view to PNG, PDF or standalone HTML, headless</source>
        <translation>produire la situation ou une vue enregistrée en PNG, PDF ou HTML autonome, sans interface graphique</translation>
    </message>
    <message>
        <source>replace a basemap of that id</source>
        <translation>remplacer un fond de carte portant cet identifiant</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <source>replace an existing identity</source>
        <translation>remplacer une identité existante</translation>
    </message>
    <message>
        <source>replace the mission database with a backup</source>
        <translation>remplacer la base de la mission par une sauvegarde</translation>
    </message>
    <message>
        <source>report title</source>
        <translation>titre du rapport</translation>
    </message>
    <message>
        <source>revoke a key with a signed notice that travels to every partner</source>
        <translation>révoquer une clé par un avis signé qui parvient à chaque partenaire</translation>
    </message>
    <message>
        <source>revoked from this UTC time, e.g. when the key was lost (default: now)</source>
        <translation>révoquée à partir de cette heure UTC, p. ex. quand la clé a été perdue (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>role name</source>
        <translation>nom du rôle</translation>
    </message>
    <message>
        <source>role name: lower-case letters, digits and _</source>
        <translation>nom du rôle : lettres minuscules, chiffres et _</translation>
    </message>
    <message>
        <source>save an attachment&apos;s content to a file</source>
        <translation>enregistrer le contenu d&apos;une pièce jointe dans un fichier</translation>
    </message>
    <message>
        <source>send again every S seconds</source>
        <translation>renvoyer toutes les S secondes</translation>
    </message>
    <message>
        <source>send our units&apos; positions (and chosen layers) an audience may receive</source>
        <translation>envoyer les positions de nos unités (et les couches choisies) qu&apos;un destinataire peut recevoir</translation>
    </message>
    <message>
        <source>set the classification a partner is cleared for</source>
        <translation>fixer la classification à laquelle un partenaire est habilité</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>short id (letters, digits, dashes)</source>
        <translation>identifiant court (lettres, chiffres, tirets)</translation>
    </message>
    <message>
        <source>show or name the mission authority&apos;s key</source>
        <translation>afficher ou désigner la clé de l&apos;autorité de la mission</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>show the identity and fingerprint</source>
        <translation>afficher l&apos;identité et l&apos;empreinte</translation>
    </message>
    <message>
        <source>show the settings</source>
        <translation>afficher les paramètres</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>indiquer ce qui serait importé</translation>
    </message>
    <message>
        <source>show what would change</source>
        <translation>indiquer ce qui changerait</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté à garder</translation>
    </message>
    <message>
        <source>sight distance in metres</source>
        <translation>distance de vue en mètres</translation>
    </message>
    <message>
        <source>stable key: lower-case letters, digits and _</source>
        <translation>clé stable&#xa0;: lettres minuscules, chiffres et _</translation>
    </message>
    <message>
        <source>start of the window</source>
        <translation>début de la fenêtre</translation>
    </message>
    <message>
        <source>stop after this long (30s, 5m, 2h); default: until Ctrl-C</source>
        <translation>s&apos;arrêter après cette durée (30s, 5m, 2h)&#xa0;; par défaut&#xa0;: jusqu&apos;à Ctrl-C</translation>
    </message>
    <message>
        <source>stop offering a category for new incidents</source>
        <translation>ne plus proposer une catégorie pour les nouveaux incidents</translation>
    </message>
    <message>
        <source>stop trusting a partner&apos;s key</source>
        <translation>ne plus faire confiance à la clé d&apos;un partenaire</translation>
    </message>
    <message>
        <source>store what a feed sends into the mission; print counts on exit</source>
        <translation>enregistrer dans la mission ce qu&apos;envoie un flux&#xa0;; afficher les comptes à la sortie</translation>
    </message>
    <message>
        <source>take a column as a record field (repeatable), e.g. --map Datum=occurred_start; lat, lon, mgrs and wkt name position columns; an empty FIELD drops the column</source>
        <translation>prendre une colonne comme champ d&apos;enregistrement (répétable), p. ex. --map Datum=occurred_start&#xa0;; lat, lon, mgrs et wkt désignent des colonnes de position&#xa0;; un FIELD vide écarte la colonne</translation>
    </message>
    <message>
        <source>take an attachment off an incident</source>
        <translation>retirer une pièce jointe d&apos;un incident</translation>
    </message>
    <message>
        <source>the .mbtiles or .pmtiles file, or the sheets</source>
        <translation>le fichier .mbtiles ou .pmtiles, ou les coupures</translation>
    </message>
    <message>
        <source>the ORBAT (.csv or .xlsx)</source>
        <translation>l&apos;ORBAT (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>the attachment&apos;s SHA-256</source>
        <translation>le SHA-256 de la pièce jointe</translation>
    </message>
    <message>
        <source>the backup file, or &apos;latest&apos;</source>
        <translation>le fichier de sauvegarde, ou &apos;latest&apos;</translation>
    </message>
    <message>
        <source>the basemap&apos;s id</source>
        <translation>l&apos;identifiant du fond de carte</translation>
    </message>
    <message>
        <source>the category&apos;s key</source>
        <translation>la clé de la catégorie</translation>
    </message>
    <message>
        <source>the feed address</source>
        <translation>l&apos;adresse du flux</translation>
    </message>
    <message>
        <source>the feed&apos;s name (any case)</source>
        <translation>le nom du flux (casse indifférente)</translation>
    </message>
    <message>
        <source>the fields as a JSON object, @FILE to read it from a file, or - for standard input</source>
        <translation>les champs sous forme d&apos;objet JSON, @FILE pour les lire dans un fichier, ou - pour l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>le fichier à importer</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>the fingerprint the partner read out; the card is trusted only if it matches</source>
        <translation>l&apos;empreinte lue par le partenaire&#xa0;; la carte n&apos;est acceptée que si elle correspond</translation>
    </message>
    <message>
        <source>the label shown to readers in language &apos;en&apos; (&apos;&apos; removes it)</source>
        <translation>le libellé montré aux lecteurs en langue &apos;en&apos; (&apos;&apos; le retire)</translation>
    </message>
    <message>
        <source>the label shown to readers in language &apos;fr&apos; (&apos;&apos; removes it)</source>
        <translation>le libellé montré aux lecteurs en langue &apos;fr&apos; (&apos;&apos; le retire)</translation>
    </message>
    <message>
        <source>the map alone, without briefing furniture (the look of the app&apos;s map)</source>
        <translation>la carte seule, sans habillage de briefing (l&apos;apparence de la carte de l&apos;application)</translation>
    </message>
    <message>
        <source>the mission&apos;s name</source>
        <translation>le nom de la mission</translation>
    </message>
    <message>
        <source>the mission&apos;s settings: name, area, parties, labels, categories</source>
        <translation>les paramètres de la mission&#xa0;: nom, zone, parties, mentions, catégories</translation>
    </message>
    <message>
        <source>the name people see</source>
        <translation>le nom que voient les utilisateurs</translation>
    </message>
    <message>
        <source>the new label (kept when only --label-LANG given)</source>
        <translation>le nouveau libellé (inchangé si seul --label-LANG est donné)</translation>
    </message>
    <message>
        <source>the package file</source>
        <translation>le fichier de paquet</translation>
    </message>
    <message>
        <source>the partner&apos;s key card file</source>
        <translation>le fichier de carte de clé du partenaire</translation>
    </message>
    <message>
        <source>this installation&apos;s feeds</source>
        <translation>les flux de cette installation</translation>
    </message>
    <message>
        <source>this installation&apos;s unit identity and signing key</source>
        <translation>l&apos;identité d&apos;unité et la clé de signature de cette installation</translation>
    </message>
    <message>
        <source>threat radius in metres</source>
        <translation>rayon de menace en mètres</translation>
    </message>
    <message>
        <source>title shown on the map</source>
        <translation>titre affiché sur la carte</translation>
    </message>
    <message>
        <source>trust a partner&apos;s key card</source>
        <translation>faire confiance à la carte de clé d&apos;un partenaire</translation>
    </message>
    <message>
        <source>unit designation, e.g. &apos;NEPBATT 1&apos;</source>
        <translation>désignation de l&apos;unité, p. ex. &apos;NEPBATT 1&apos;</translation>
    </message>
    <message>
        <source>unit name or fingerprint</source>
        <translation>nom ou empreinte de l&apos;unité</translation>
    </message>
    <message>
        <source>unit name or fingerprint (default: own)</source>
        <translation>nom d&apos;unité ou empreinte (par défaut : la sienne)</translation>
    </message>
    <message>
        <source>units a feed brought in that wait for confirmation</source>
        <translation>unités apportées par un flux qui attendent une confirmation</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>view W,S,E,N in degrees (default: mission)</source>
        <translation>vue W,S,E,N en degrés (par défaut&#xa0;: la mission)</translation>
    </message>
    <message>
        <source>what belongs in it</source>
        <translation>ce qui relève de cette catégorie</translation>
    </message>
    <message>
        <source>with --every: stop after this long (default: until Ctrl-C)</source>
        <translation>avec --every&#xa0;: s&apos;arrêter après cette durée (par défaut&#xa0;: jusqu&apos;à Ctrl-C)</translation>
    </message>
    <message>
        <source>write a package for a partner</source>
        <translation>écrire un paquet pour un partenaire</translation>
    </message>
    <message>
        <source>write every feature left out or refused, with its reason, to this CSV file</source>
        <translation>écrire chaque entité écartée ou refusée, avec son motif, dans ce fichier CSV</translation>
    </message>
    <message>
        <source>write records to a file partners&apos; tools open</source>
        <translation>écrire les enregistrements dans un fichier que les outils des partenaires ouvrent</translation>
    </message>
    <message>
        <source>write reports: the daily situation report (SITREP)</source>
        <translation>produire des rapports&#xa0;: le rapport de situation quotidien (SITREP)</translation>
    </message>
    <message>
        <source>write this installation&apos;s key card</source>
        <translation>écrire la carte de clé de cette installation</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Notre version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>Resolved: the kept version is a new edit and travels to partners.</source>
        <translation>Résolu : la version gardée devient une nouvelle modification et part vers les partenaires.</translation>
    </message>
</context>
<context>
    <name>CoordinateField</name>
    <message>
        <source>no MGRS</source>
        <extracomment>Turns a place name into (lat, lon, how it was understood), or None; set by the window&apos;s gazetteer (app/ui/gazetteer.py) so position fields also take place names.</extracomment>
        <translation>hors MGRS</translation>
    </message>
    <message>
        <source>place name</source>
        <extracomment>The text changed (parsed or not). The user asked to pick the position on the map.</extracomment>
        <translation>nom de lieu</translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation>Pointer sur la carte</translation>
    </message>
    <message>
        <source>Click the position on the map (Esc cancels)</source>
        <translation>Cliquez sur la position sur la carte (Échap pour annuler)</translation>
    </message>
    <message>
        <source>MGRS, decimal degrees, degrees-minutes-seconds or a place name</source>
        <extracomment>True while the position came from the map, a record or a place name: the form then stores it as lat/lon instead of parsing the text again.</extracomment>
        <translation>MGRS, degrés décimaux, degrés-minutes-secondes ou nom de lieu</translation>
    </message>
</context>
<context>
    <name>Coordinates</name>
    <message>
        <source>decimal degrees (33.51, 36.29 or 33.51N 36.29E), degrees-minutes-seconds (33°30&apos;36&quot;N 36°17&apos;24&quot;E, 33 30 36 N 36 17 24 E or 333036N 0361724E), degrees and decimal minutes (33°30.6&apos;N 36°17.4&apos;E) or MGRS (37S BA 12345 67890)</source>
        <translation>des degrés décimaux (33.51, 36.29 ou 33.51N 36.29E), des degrés-minutes-secondes (33°30&apos;36&quot;N 36°17&apos;24&quot;E, 33 30 36 N 36 17 24 E ou 333036N 0361724E), des degrés et minutes décimales (33°30.6&apos;N 36°17.4&apos;E) ou le MGRS (37S BA 12345 67890)</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>{name} {value!r} is not a number</source>
        <translation>{name} {value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{name} is outside -{limit:g} to {limit:g} degrees</source>
        <translation>{name} est hors de l&apos;intervalle -{limit:g} à {limit:g} degrés</translation>
    </message>
    <message>
        <source>{name} {value!r} is not a finite number</source>
        <translation>{name} {value!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{name} {value!r} is outside -{limit:g} to {limit:g} degrees</source>
        <translation>{name} {value!r} est hors de l&apos;intervalle -{limit:g} à {limit:g} degrés</translation>
    </message>
    <message>
        <source>expected a position as text, got {text!r}</source>
        <extracomment>A grid reference once spaces are removed: UTM (zone, band, square) or polar UPS (A/B/Y/Z).</extracomment>
        <translation>une position sous forme de texte est attendue, reçu {text!r}</translation>
    </message>
    <message>
        <source>the position is empty; use {accepted_forms}</source>
        <translation>la position est vide ; utilisez {accepted_forms}</translation>
    </message>
    <message>
        <source>could not read {text!r} as a position; use {forms}</source>
        <translation>impossible de lire {text!r} comme une position ; utilisez {forms}</translation>
    </message>
    <message>
        <source>could not read {text!r} as a position ({reason}); use {forms}</source>
        <translation>impossible de lire {text!r} comme une position ({reason}) ; utilisez {forms}</translation>
    </message>
    <message>
        <source>MGRS reference {text!r} has {count} easting digits but {count2} northing digits; they must match</source>
        <translation>la référence MGRS {text!r} a {count} chiffres d&apos;abscisse mais {count2} chiffres d&apos;ordonnée ; ils doivent être en nombre égal</translation>
    </message>
    <message>
        <source>MGRS reference {text!r} has {count} digits; expected an even number from 0 to 10 (equal easting and northing)</source>
        <translation>la référence MGRS {text!r} a {count} chiffre(s) ; un nombre pair de 0 à 10 est attendu (autant pour l&apos;abscisse que pour l&apos;ordonnée)</translation>
    </message>
    <message>
        <source>MGRS reference {text!r} has grid zone {zone}; zones run 1-60</source>
        <translation>la référence MGRS {text!r} a la zone de grille {zone} ; les zones vont de 1 à 60</translation>
    </message>
    <message>
        <source>MGRS reference {text!r} does not exist: the grid zone, latitude band, 100 km square and digits do not fit together</source>
        <translation>la référence MGRS {text!r} n&apos;existe pas : la zone de grille, la bande de latitude, le carré de 100 km et les chiffres ne concordent pas</translation>
    </message>
    <message>
        <source>unexpected {bad!r}</source>
        <translation>{bad!r} inattendu</translation>
    </message>
    <message>
        <source>more than one separator</source>
        <translation>plus d&apos;un séparateur</translation>
    </message>
    <message>
        <source>expected two hemisphere letters</source>
        <translation>deux lettres d&apos;hémisphère sont attendues</translation>
    </message>
    <message>
        <source>hemisphere letters must all lead or all follow</source>
        <translation>les lettres d&apos;hémisphère doivent toutes précéder ou toutes suivre les nombres</translation>
    </message>
    <message>
        <source>unexpected {value!r}</source>
        <translation>{value!r} inattendu</translation>
    </message>
    <message>
        <source>only the degrees may carry a sign</source>
        <translation>seuls les degrés peuvent porter un signe</translation>
    </message>
    <message>
        <source>{value}{mark} is out of order</source>
        <translation>{value}{mark} n&apos;est pas à sa place</translation>
    </message>
    <message>
        <source>{value}{mark} skips a unit</source>
        <translation>{value}{mark} saute une unité</translation>
    </message>
    <message>
        <source>only the last number may have decimals</source>
        <translation>seul le dernier nombre peut avoir des décimales</translation>
    </message>
    <message>
        <source>position {text!r} has minutes or seconds of 60 or more</source>
        <translation>la position {text!r} a des minutes ou des secondes égales ou supérieures à 60</translation>
    </message>
    <message>
        <source>position {text!r} has both a minus sign and hemisphere {hemi}; use one</source>
        <translation>la position {text!r} a à la fois un signe moins et l&apos;hémisphère {hemi} ; n&apos;en utilisez qu&apos;un</translation>
    </message>
    <message>
        <source>{number} is not DDMM, DDDMM, DDMMSS or DDDMMSS</source>
        <translation>{number} n&apos;est ni DDMM, ni DDDMM, ni DDMMSS, ni DDDMMSS</translation>
    </message>
    <message>
        <source>latitudes</source>
        <translation>latitudes</translation>
    </message>
    <message>
        <source>longitudes</source>
        <translation>longitudes</translation>
    </message>
    <message>
        <source>position {text!r} gives two {twice}; give one N/S value and one E/W value</source>
        <translation>la position {text!r} donne deux {twice} ; donnez une valeur N/S et une valeur E/W</translation>
    </message>
    <message>
        <source>MGRS precision {precision!r} is not a whole 0 to 5</source>
        <translation>la précision MGRS {precision!r} n&apos;est pas un entier de 0 à 5</translation>
    </message>
    <message>
        <source>unexpected MGRS from GEOTRANS: {raw!r}</source>
        <translation>MGRS inattendu de GEOTRANS : {raw!r}</translation>
    </message>
    <message>
        <source>time zone J means &apos;local time&apos;, which names no fixed offset; use the zone letter of the offset (for example C for UTC+3) or Z</source>
        <extracomment>Military time zone letters → hours east of UTC. J (local time) is deliberately absent.</extracomment>
        <translation>le fuseau J signifie « heure locale », qui ne désigne aucun décalage fixe ; utilisez la lettre du fuseau du décalage (par exemple C pour UTC+3) ou Z</translation>
    </message>
    <message>
        <source>{zone!r} is not a military time zone letter; expected A-M, N-Y or Z</source>
        <translation>{zone!r} n&apos;est pas une lettre de fuseau horaire militaire ; A-M, N-Y ou Z attendu</translation>
    </message>
    <message>
        <source>expected a date-time group as text, got {text!r}</source>
        <translation>un groupe date-heure sous forme de texte est attendu, reçu {text!r}</translation>
    </message>
    <message>
        <source>{text!r} is not a date-time group; expected DDHHMM, zone letter, month, year, as in 051430ZMAR24</source>
        <translation>{text!r} n&apos;est pas un groupe date-heure ; attendu JJHHMM, lettre de fuseau, mois, année, comme dans 051430ZMAR24</translation>
    </message>
    <message>
        <source>{month_name!r} in {text!r} is not a month; expected JAN to DEC</source>
        <translation>{month_name!r} dans {text!r} n&apos;est pas un mois ; JAN à DEC attendu</translation>
    </message>
    <message>
        <source>{text!r} has time {hour}{minute}; expected 0000 to 2359</source>
        <translation>{text!r} a l&apos;heure {hour}{minute} ; 0000 à 2359 attendu</translation>
    </message>
    <message>
        <source>{text!r} names day {day} of {month_name} {year}, which does not exist</source>
        <translation>{text!r} désigne le jour {day} de {month_name} {year}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>expected a date-time, got {dt!r}</source>
        <translation>une date-heure est attendue, reçu {dt!r}</translation>
    </message>
    <message>
        <source>{value} has no time zone, so the moment it names is unknown</source>
        <translation>{value} n&apos;a pas de fuseau horaire : l&apos;instant qu&apos;elle désigne est donc inconnu</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time as text, got {text!r}</source>
        <translation>une heure ISO 8601 sous forme de texte est attendue, reçu {text!r}</translation>
    </message>
    <message>
        <source>{text!r} is a date without a time; give e.g. {value}T00:00Z</source>
        <translation>{text!r} est une date sans heure ; donnez par exemple {value}T00:00Z</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 8601 time; expected e.g. 2026-11-22T01:29:05.123Z</source>
        <translation>{text!r} n&apos;est pas une heure ISO 8601 ; attendu par exemple 2026-11-22T01:29:05.123Z</translation>
    </message>
    <message>
        <source>{text!r} has no time zone; add Z for UTC or an offset such as +03:00</source>
        <translation>{text!r} n&apos;a pas de fuseau horaire ; ajoutez Z pour UTC ou un décalage tel que +03:00</translation>
    </message>
    <message>
        <source>no points to choose a projection from</source>
        <translation>aucun point à partir duquel choisir une projection</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Import {name}: columns</source>
        <translation>Importer {name} : colonnes</translation>
    </message>
    <message>
        <source>Say what each column holds. A position needs latitude and longitude columns, an MGRS column, or a WKT column. Columns left “as it is” keep their own name.</source>
        <translation>Indiquez ce que contient chaque colonne. Une position exige des colonnes latitude et longitude, une colonne MGRS ou une colonne WKT. Les colonnes laissées « telles quelles » gardent leur propre nom.</translation>
    </message>
    <message>
        <source>Decide from the columns</source>
        <translation>Déduire des colonnes</translation>
    </message>
    <message>
        <source>Each row is:</source>
        <translation>Chaque ligne est :</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>give the end of the demo period as a UTC date-time</source>
        <extracomment>The demo&apos;s &quot;now&quot;: fixed, so that the same options always give the same mission. Theatre centre (lon, lat) and size on the ground. Troop-contributing nations (ISO 3166 alpha-3) and the stem of their contingent names. Force-level enabler companies: kind, designation, name suffix, symbol entity and modifier, role, callsign, strength range, and the nations that typically provide such a unit.</extracomment>
        <translation>donnez la fin de la période de démonstration en date et heure UTC</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from {low} to {high}</source>
        <translation>{value!r} n&apos;est pas un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>{path} already holds {count:,} records; the demo needs an empty database</source>
        <extracomment>Called with (records written, records to write); returning False cancels, None carries on. Record kinds in the order ``MissionStore.stats()`` lists them.</extracomment>
        <translation>{path} contient déjà {count:,} enregistrements ; la démonstration demande une base vide</translation>
    </message>
    <message>
        <source>demo generation cancelled; nothing was written</source>
        <translation>génération de la démonstration annulée ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Incident</source>
        <extracomment>Fields under &quot;Technical details&quot;, in this order. Fields never listed (drawn on the map, or shown elsewhere in the panel).</extracomment>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Position report</source>
        <translation>Compte rendu de position</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Map item</source>
        <translation>Élément cartographique</translation>
    </message>
    <message>
        <source>The incident shown here was removed (undone or deleted).</source>
        <extracomment>What the panel says when the record shown is gone, per kind (French nouns have genders).</extracomment>
        <translation>L&apos;incident affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
    <message>
        <source>The unit shown here was removed (undone or deleted).</source>
        <translation>L&apos;unité affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The position report shown here was removed (undone or deleted).</source>
        <translation>Le compte rendu de position affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
    <message>
        <source>The area shown here was removed (undone or deleted).</source>
        <translation>La zone affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The patrol shown here was removed (undone or deleted).</source>
        <translation>La patrouille affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The line shown here was removed (undone or deleted).</source>
        <translation>La ligne affichée ici a été supprimée (annulée ou effacée).</translation>
    </message>
    <message>
        <source>The map item shown here was removed (undone or deleted).</source>
        <translation>L&apos;élément cartographique affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>The record&apos;s own life, under &quot;Technical details&quot;.</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>{unit} (this installation)</source>
        <extracomment>Affiliation → (frame fill, frame shape) as in APP-6 / MIL-STD-2525 (light fills). This installation&apos;s origin string and the unit name it stands for.</extracomment>
        <translation>{unit} (cette installation)</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>cette installation</translation>
    </message>
    <message>
        <source>(not in this mission)</source>
        <translation>(absent de cette mission)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line, %n vertices</source>
        <translation>
            <numerusform>ligne, %n sommet</numerusform>
            <numerusform>ligne, %n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>area, %n vertices</source>
        <translation>
            <numerusform>zone, %n sommet</numerusform>
            <numerusform>zone, %n sommets</numerusform>
        </translation>
    </message>
    <message>
        <source>from {where}</source>
        <translation>depuis {where}</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>Select an incident, unit, area, line or map item to see its details.</source>
        <translation>Sélectionnez un incident, une unité, une zone, une ligne ou un élément cartographique pour en voir le détail.</translation>
    </message>
    <message>
        <source>The record shown here was removed (undone or deleted).</source>
        <translation>L&apos;enregistrement affiché ici a été supprimé (annulé ou effacé).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unexpected failure ({error}). Details are in the log.</source>
        <translation>Échec inattendu ({error}). Le détail figure dans le journal.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted with the message each time the user is told that something failed. A short news line for the status bar (text, milliseconds to show it). Emitted with each dialog ``show`` opened (tests and screenshots look at it).</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DtgClock</name>
    <message>
        <source>Date-time group: local time and Zulu (UTC)</source>
        <extracomment>Zone letters by whole-hour offset east of UTC (J = local is not a fixed offset).</extracomment>
        <translation>Groupe date-heure&#xa0;: heure locale et heure Zoulou (UTC)</translation>
    </message>
    <message>
        <source>Local {local} · {utc}</source>
        <translation>Local {local} · {utc}</translation>
    </message>
</context>
<context>
    <name>Echelon</name>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>squad</source>
        <translation>escouade</translation>
    </message>
    <message>
        <source>section</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>platoon</source>
        <translation>section</translation>
    </message>
    <message>
        <source>company</source>
        <translation>compagnie</translation>
    </message>
    <message>
        <source>battalion</source>
        <translation>bataillon</translation>
    </message>
    <message>
        <source>regiment</source>
        <translation>régiment</translation>
    </message>
    <message>
        <source>brigade</source>
        <translation>brigade</translation>
    </message>
    <message>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <source>corps</source>
        <translation>corps d&apos;armée</translation>
    </message>
    <message>
        <source>army</source>
        <translation>armée</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>{kind!r} is not a record kind</source>
        <extracomment>Incident workflow: status → the statuses it may move to. A closed or rejected incident may be reopened (back to reported) when new information arrives; nothing else skips the workflow. How far ahead of this machine&apos;s clock an observed time may lie (clock drift between radios, GPS units and laptops), before it is refused as a typing mistake. Envelope fields the store sets; input may repeat them (a `record show` fed back) but not change. Derived output of ``show``; ignored on input so shown JSON can be edited and sent back. Valid stand-ins for required fields, so one bad field does not hide problems in the others. Fixed choices per field name (categories and labels come from the mission database). Units of measure of numeric fields, as the form labels them. text, int, float, time, geometry, list or bool (as in docs/schema.md). For references: the kind of record the field names. Who the change log names for these edits; default the store&apos;s own unit/installation.</extracomment>
        <translation>{kind!r} n&apos;est pas un type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>a record with id {id} already exists</source>
        <translation>un enregistrement d&apos;identifiant {id} existe déjà</translation>
    </message>
    <message>
        <source>unit {designation} has {children} sub-unit(s); delete or move them first</source>
        <translation>l&apos;unité {designation} a des sous-unités ({children}) ; supprimez-les ou déplacez-les d&apos;abord</translation>
    </message>
    <message>
        <source>expected a record</source>
        <translation>un enregistrement est attendu</translation>
    </message>
    <message>
        <source>{unit_id} is a {kind}, not a unit</source>
        <translation>{unit_id} est de type {kind}, pas une unité</translation>
    </message>
    <message>
        <source>{incident_id} is a {kind}, not an incident</source>
        <translation>{incident_id} est de type {kind}, pas un incident</translation>
    </message>
    <message>
        <source>{status!r} is not an incident status; use one of {statuses}</source>
        <translation>{status!r} n&apos;est pas un statut d&apos;incident ; utilisez l&apos;un de : {statuses}</translation>
    </message>
    <message>
        <source>give either a file or its bytes</source>
        <translation>donnez soit un fichier, soit son contenu</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{media!r} is not a media type such as image/jpeg</source>
        <translation>{media!r} n&apos;est pas un type de média comme image/jpeg</translation>
    </message>
    <message>
        <source>{incident_id} is a {kind}; only incidents and map items have files</source>
        <translation>{incident_id} est de type {kind} ; seuls les incidents et les éléments de carte ont des fichiers</translation>
    </message>
    <message>
        <source>{incident_id} has no attachment {sha256}</source>
        <translation>{incident_id} n&apos;a pas de pièce jointe {sha256}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>{kind} {record_id} is deleted</source>
        <translation>{kind} {record_id} est supprimé</translation>
    </message>
    <message>
        <source>{kind!r} is not a record kind; use one of {kinds}</source>
        <translation>{kind!r} n&apos;est pas un type d&apos;enregistrement ; utilisez l&apos;un de : {kinds}</translation>
    </message>
    <message>
        <source>expected a JSON object of field names and values</source>
        <translation>un objet JSON de noms de champs et de valeurs est attendu</translation>
    </message>
    <message>
        <source>field names must be text</source>
        <translation>les noms de champs doivent être du texte</translation>
    </message>
    <message>
        <source>{value!r} does not match {kind!r}</source>
        <translation>{value!r} ne correspond pas à {kind!r}</translation>
    </message>
    <message>
        <source>cannot be changed; it names the record for good</source>
        <translation>ne peut pas être modifié ; il désigne l&apos;enregistrement pour toujours</translation>
    </message>
    <message>
        <source>is not a field of {kind}</source>
        <translation>n&apos;est pas un champ d&apos;enregistrement « {kind} »</translation>
    </message>
    <message>
        <source>is set by the store and cannot be given or changed</source>
        <translation>est fixé par la base et ne peut être ni donné ni modifié</translation>
    </message>
    <message>
        <source>no {noun} with id {value}</source>
        <translation>{noun} d&apos;identifiant {value} introuvable</translation>
    </message>
    <message>
        <source>{noun} {value} is deleted</source>
        <translation>{noun} {value} est supprimé(e)</translation>
    </message>
    <message>
        <source>would make the unit its own ancestor</source>
        <translation>ferait de l&apos;unité son propre ascendant</translation>
    </message>
    <message>
        <source>{category!r} is not in this mission&apos;s category list</source>
        <translation>{category!r} ne figure pas dans la liste des catégories de la mission</translation>
    </message>
    <message>
        <source>{party!r} is not a party to this mission&apos;s ceasefire: {parties} (Mission → Settings)</source>
        <translation>{party!r} n&apos;est pas partie au cessez-le-feu de la mission : {parties} (Mission → Paramètres)</translation>
    </message>
    <message>
        <source>{label!r} is not one of this mission&apos;s labels: {labels}</source>
        <translation>{label!r} ne fait pas partie des niveaux de classification de la mission : {labels}</translation>
    </message>
    <message>
        <source>no attachment {sha256} here; attach files first</source>
        <translation>pas de pièce jointe {sha256} ici ; joignez d&apos;abord les fichiers</translation>
    </message>
    <message>
        <source>expected text, got {show}</source>
        <translation>texte attendu, reçu {show}</translation>
    </message>
    <message>
        <source>expected a list, got {show}</source>
        <translation>liste attendue, reçu {show}</translation>
    </message>
    <message>
        <source>expected true or false, got {show}</source>
        <translation>vrai ou faux attendu, reçu {show}</translation>
    </message>
    <message>
        <source>expected a number, got {show}</source>
        <translation>nombre attendu, reçu {show}</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{show} is not a whole number</source>
        <translation>{show} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>expected a time such as 2026-03-05T14:30Z, got {show}</source>
        <translation>heure attendue, par exemple 2026-03-05T14:30Z, reçu {show}</translation>
    </message>
    <message>
        <source>expected a GeoJSON geometry object</source>
        <translation>un objet géométrique GeoJSON est attendu</translation>
    </message>
    <message>
        <source>{value:g} is not a {noun} (−{limit} to {limit})</source>
        <translation>{value:g} n&apos;est pas une {noun} valide (−{limit} à {limit})</translation>
    </message>
    <message>
        <source>give either location or geometry, not both</source>
        <translation>donnez soit la position, soit la géométrie, pas les deux</translation>
    </message>
    <message>
        <source>expected a Point, got {geom_type}</source>
        <translation>un point (Point) est attendu, reçu {geom_type}</translation>
    </message>
    <message>
        <source>gives a different position from {axis}; give one of them</source>
        <translation>donne une position différente de {axis} ; n&apos;en donnez qu&apos;une</translation>
    </message>
    <message>
        <source>cannot be built ({exc})</source>
        <translation>ne peut pas être construit ({exc})</translation>
    </message>
    <message>
        <source>{time} is in the future</source>
        <translation>{time} est dans le futur</translation>
    </message>
    <message>
        <source>the incident is already {old}</source>
        <translation>l&apos;incident est déjà {old}</translation>
    </message>
    <message>
        <source>a {old} incident cannot become {new}; it can become {options}</source>
        <translation>un incident {old} ne peut pas devenir {new} ; il peut devenir {options}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <extracomment>Media types the content itself proves, by leading bytes. Zip containers: office documents are zips; the name tells which kind.</extracomment>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is {size:.1f} MiB; the limit is {limit} MiB</source>
        <translation>{name} fait {size:.1f} Mio ; la limite est de {limit} Mio</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Map selection kinds (bhMap.select) for record kinds. Record kinds whose shape can be edited vertex by vertex on the map. Emitted with the command after every edit, undo or redo has been written and shown. Where &quot;new incident here&quot; puts it: the last point clicked on the map, else the centre. Where the next drawn shape goes: (form, field name) or None (a new record). The Edit menu; the window puts it in its menu bar.</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>New &amp;incident here…</source>
        <translation>Nouvel &amp;incident ici…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Unit…</source>
        <translation>&amp;Unité…</translation>
    </message>
    <message>
        <source>&amp;Position report…</source>
        <translation>Compte rendu de &amp;position…</translation>
    </message>
    <message>
        <source>Patrol &amp;area (draw on map)…</source>
        <translation>&amp;Zone de patrouille (tracer sur la carte)…</translation>
    </message>
    <message>
        <source>Pa&amp;trol…</source>
        <translation>Pa&amp;trouille…</translation>
    </message>
    <message>
        <source>&amp;Ceasefire line (draw on map)…</source>
        <translation>Ligne de &amp;cessez-le-feu (tracer sur la carte)…</translation>
    </message>
    <message>
        <source>&amp;Incident…</source>
        <translation>&amp;Incident…</translation>
    </message>
    <message>
        <source>&amp;Map item: point, route, area (draw on map)…</source>
        <translation>Élément de &amp;carte&#xa0;: point, itinéraire, zone (tracer sur la carte)…</translation>
    </message>
    <message>
        <source>&amp;Move unit…</source>
        <translation>&amp;Déplacer une unité…</translation>
    </message>
    <message>
        <source>&amp;Drag units on the map</source>
        <translation>&amp;Faire glisser les unités sur la carte</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>Edit &amp;vertices on the map</source>
        <translation>Modifier les sommets sur la &amp;carte</translation>
    </message>
    <message>
        <source>Incident &amp;status</source>
        <translation>S&amp;tatut de l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>move unit</source>
        <translation>déplacement d&apos;unité</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Déplacer une unité</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>{name} ({field}): {problem}</source>
        <translation>{name} ({field}) : {problem}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>ORBAT spreadsheets</source>
        <translation>Tableaux d&apos;ORBAT</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier…</numerusform>
            <numerusform>Lecture de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation>Importation annulée ; rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>One summary line per file after files were imported. The new ceasefire violations (``Violation`` items) an import or a package brought. The summary after a partner&apos;s package was imported (or found already there). The summary line after File → Export wrote a file. The basemaps the map offers changed: (entries for the layer panel, id to select or None). The runs and tasks under way (kept alive until they finish).</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <source>what the import brings</source>
        <translation>ce qu&apos;apporte l&apos;importation</translation>
    </message>
    <message>
        <source>Import ORBAT</source>
        <translation>Importer un ORBAT</translation>
    </message>
    <message>
        <source>open a mission before importing an ORBAT</source>
        <translation>ouvrez une mission avant d&apos;importer un ORBAT</translation>
    </message>
    <message>
        <source>Importing the ORBAT {name}…</source>
        <translation>Importation de l&apos;ORBAT {name}…</translation>
    </message>
    <message>
        <source>open a mission before importing files</source>
        <translation>ouvrez une mission avant d&apos;importer des fichiers</translation>
    </message>
    <message>
        <source>open a mission before exporting</source>
        <translation>ouvrez une mission avant d&apos;exporter</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>no trusted partner yet: Sync → Partners and keys…</source>
        <translation>aucun partenaire de confiance pour l&apos;instant : Synchronisation → Partenaires et clés…</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>For partner:</source>
        <translation>Pour le partenaire :</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>to-{unit}.bhp</source>
        <translation>pour-{unit}.bhp</translation>
    </message>
    <message>
        <source>Import MBTiles basemap</source>
        <translation>Importer un fond de carte MBTiles</translation>
    </message>
    <message>
        <source>Tile sets</source>
        <translation>Jeux de tuiles</translation>
    </message>
    <message>
        <source>Vector tiles</source>
        <translation>Tuiles vectorielles</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Basemap {name} imported</source>
        <translation>Fond de carte {name} importé</translation>
    </message>
    <message>
        <source>Add online tile source</source>
        <translation>Ajouter une source de tuiles en ligne</translation>
    </message>
    <message>
        <source>URL template with {z}, {x} and {y}. The app fetches the tiles (the map page never
goes online) and keeps them for offline use:</source>
        <translation>Modèle d&apos;URL avec {z}, {x} et {y}. L&apos;application télécharge les tuiles (la page de carte ne
va jamais en ligne) et les conserve pour un usage hors ligne :</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Nom court :</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{file}: exported {what}</source>
        <extracomment>Kinds in the order they are written: units before what refers to them. Records selected, per kind (the writer may leave out what its format cannot carry). How many of the selected records the format could not carry (e.g. CoT has no tracks).</extracomment>
        <translation>{file} : exporté {what}</translation>
    </message>
    <message>
        <source>{file}: exported nothing</source>
        <translation>{file} : rien n&apos;a été exporté</translation>
    </message>
    <message>
        <source>; {count} of them left out, which {format} cannot carry (see docs/interop.md)</source>
        <translation> ; laissés de côté car {format} ne peut pas les transporter : {count} (voir docs/interop.md)</translation>
    </message>
    <message>
        <source>--format {name}: use one of {choices}</source>
        <translation>--format {name} : utilisez l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>--kind {kind}: use one of {choices}</source>
        <translation>--kind {kind} : utilisez l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>{out}: the folder {parent} does not exist</source>
        <translation>{out} : le dossier {parent} n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Only what the map shows now</source>
        <translation>Seulement ce que la carte affiche</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>Seulement depuis</translation>
    </message>
    <message>
        <source>choose at least one kind of record to export</source>
        <translation>choisissez au moins un type d&apos;enregistrement à exporter</translation>
    </message>
</context>
<context>
    <name>ExportMapDialog</name>
    <message>
        <source>Current view</source>
        <extracomment>The name of what is shown when no saved view is recalled.</extracomment>
        <translation>Vue actuelle</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf)</source>
        <translation>PDF, A4 paysage (*.pdf)</translation>
    </message>
    <message>
        <source>Export map</source>
        <extracomment>Emitted with the summary line after the file was written.</extracomment>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Map exported to {path} ({kind}, marked {classification})</source>
        <translation>Carte exportée vers {path} ({kind}, marquée {classification})</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Add feed</source>
        <extracomment>The address field&apos;s example: the ATAK situational-awareness group, joined on loopback.</extracomment>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>e.g. HQ LAN</source>
        <translation>p. ex. LAN du QG</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>In: receive and store</source>
        <translation>Entrant : recevoir et enregistrer</translation>
    </message>
    <message>
        <source>Out: send to an audience</source>
        <translation>Sortant : envoyer à un destinataire</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>client certificate (.p12)</source>
        <translation>certificat client (.p12)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>a nation (NPL), UN, or MISSION</source>
        <translation>une nation (NPL), UN ou MISSION</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>lowest label only</source>
        <translation>niveau le plus bas seulement</translation>
    </message>
    <message>
        <source>Clearance:</source>
        <translation>Habilitation :</translation>
    </message>
    <message>
        <source>Our units</source>
        <translation>Nos unités</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Map items</source>
        <translation>Éléments de carte</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Couches :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send every:</source>
        <translation>Envoyer toutes les :</translation>
    </message>
    <message>
        <source>Nothing connects until you start the feed.</source>
        <translation>Aucune connexion tant que vous ne démarrez pas le flux.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Give the feed a name.</source>
        <translation>Donnez un nom au flux.</translation>
    </message>
    <message>
        <source>A feed named {0} exists already.</source>
        <translation>Un flux nommé {0} existe déjà.</translation>
    </message>
    <message>
        <source>Give the feed&apos;s address, e.g. udp://239.2.3.1:6969?iface=…</source>
        <translation>Donnez l&apos;adresse du flux, p. ex. udp://239.2.3.1:6969?iface=…</translation>
    </message>
    <message>
        <source>A feed out needs an audience: a nation (NPL), UN, or MISSION.</source>
        <translation>Un flux sortant doit nommer son destinataire : une nation (NPL), UN ou MISSION.</translation>
    </message>
    <message>
        <source>Pick at least one layer to send.</source>
        <translation>Choisissez au moins une couche à envoyer.</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>no unit awaiting confirmation is named {name!r} (see &apos;bluehelmet feed awaiting&apos;)</source>
        <translation>aucune unité en attente de confirmation ne s&apos;appelle {name!r} (voir « bluehelmet feed awaiting »)</translation>
    </message>
    <message>
        <source>feed name {name!r}: use letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64, starting with a letter or digit)</source>
        <extracomment>seconds between sends of a feed out</extracomment>
        <translation>nom de flux {name!r} : utilisez lettres, chiffres, espaces, « . », « _ » ou « - » (64 au plus, en commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>feed {name}: direction {direction!r} is not in or out</source>
        <translation>flux {name} : le sens {direction!r} n&apos;est ni in ni out</translation>
    </message>
    <message>
        <source>feed {name}: a feed out needs an audience (--audience)</source>
        <translation>flux {name} : un flux sortant demande un destinataire (--audience)</translation>
    </message>
    <message>
        <source>feed {name}: --every must be 0.5 s to 1 day</source>
        <translation>flux {name} : --every doit aller de 0,5 s à 1 jour</translation>
    </message>
    <message>
        <source>{path}: cannot read the feed list ({reason})</source>
        <translation>{path} : impossible de lire la liste des flux ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a feed list ({reason})</source>
        <translation>{path} : ce n&apos;est pas une liste de flux ({reason})</translation>
    </message>
    <message>
        <source>no feed named {name!r} (see &apos;bluehelmet feed list&apos;)</source>
        <translation>aucun flux nommé {name!r} (voir « bluehelmet feed list »)</translation>
    </message>
    <message>
        <source>a feed named {name!r} exists already; remove it first</source>
        <translation>un flux nommé {name!r} existe déjà ; supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <source>{reason}: {detail}</source>
        <translation>{reason} : {detail}</translation>
    </message>
    <message>
        <source>audience {text!r}: name a nation (ISO 3166 alpha-3, e.g. NPL), an organisation ({known}) or MISSION for mission-wide</source>
        <extracomment>Layers a feed out can carry; &quot;units&quot; is our units&apos; current positions. Words accepted for the mission-wide audience. None: the mission&apos;s lowest label only</extracomment>
        <translation>destinataire {text!r} : nommez une nation (ISO 3166 alpha-3, par ex. NPL), une organisation ({known}) ou MISSION pour toute la mission</translation>
    </message>
    <message>
        <source>clearance {clearance!r} is not one of this mission&apos;s labels ({labels})</source>
        <translation>l&apos;habilitation {clearance!r} n&apos;est pas l&apos;un des marquages de cette mission ({labels})</translation>
    </message>
    <message>
        <source>layer {layer!r}: choose from {choices}</source>
        <translation>couche {layer!r} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>{file}: cannot read the client certificate ({reason})</source>
        <extracomment>Events waiting to be stored before the listener starts dropping (about a minute of a busy multicast group). Bytes of datagrams the kernel may hold for a UDP feed before it drops (asked for, capped).</extracomment>
        <translation>{file} : impossible de lire le certificat client ({reason})</translation>
    </message>
    <message>
        <source>{file}: not a PKCS#12 certificate, or the password is wrong</source>
        <translation>{file} : ce n&apos;est pas un certificat PKCS#12, ou le mot de passe est faux</translation>
    </message>
    <message>
        <source>{file}: holds no client certificate and key</source>
        <translation>{file} : ne contient ni certificat client ni clé</translation>
    </message>
    <message>
        <source>{file}: not a readable PEM file of CA certificates</source>
        <translation>{file} : ce n&apos;est pas un fichier PEM lisible de certificats d&apos;autorité</translation>
    </message>
    <message>
        <source>{url}: cannot open the UDP socket ({reason})</source>
        <translation>{url} : impossible d&apos;ouvrir la socket UDP ({reason})</translation>
    </message>
    <message>
        <source>{url}: cannot connect ({reason})</source>
        <translation>{url} : connexion impossible ({reason})</translation>
    </message>
    <message>
        <source>{url}: the TLS handshake failed ({reason})</source>
        <translation>{url} : la négociation TLS a échoué ({reason})</translation>
    </message>
    <message>
        <source>{url}: sending failed ({reason})</source>
        <translation>{url} : l&apos;envoi a échoué ({reason})</translation>
    </message>
    <message>
        <source>{url}: a feed address starts with udp://, tcp:// or tls://</source>
        <extracomment>The ATAK situational-awareness multicast group and port.</extracomment>
        <translation>{url} : une adresse de flux commence par udp://, tcp:// ou tls://</translation>
    </message>
    <message>
        <source>{url}: the port is not a number from 1 to 65535</source>
        <translation>{url} : le port n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>{url}: no host (write {scheme}://HOST:PORT)</source>
        <translation>{url} : pas d&apos;hôte (écrivez {scheme}://HÔTE:PORT)</translation>
    </message>
    <message>
        <source>{url}: no port (write {scheme}://{host}:PORT)</source>
        <translation>{url} : pas de port (écrivez {scheme}://{host}:PORT)</translation>
    </message>
    <message>
        <source>{url}: {scheme} feeds take no option {name!r} (known: {known})</source>
        <translation>{url} : les flux {scheme} ne prennent pas l&apos;option {name!r} (connues : {known})</translation>
    </message>
    <message>
        <source>{url}: option {name!r} given more than once</source>
        <translation>{url} : option {name!r} donnée plus d&apos;une fois</translation>
    </message>
    <message>
        <source>{url}: format={format} is neither xml nor protobuf</source>
        <translation>{url} : format={format} n&apos;est ni xml ni protobuf</translation>
    </message>
    <message>
        <source>{url}: iface={iface} is not an IPv4 address</source>
        <translation>{url} : iface={iface} n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>{url}: a multicast group needs the interface to join on: add ?iface=ADDRESS (this machine&apos;s address on that network, 127.0.0.1 for this machine only)</source>
        <translation>{url} : un groupe multicast demande l&apos;interface par laquelle le rejoindre : ajoutez ?iface=ADRESSE (l&apos;adresse de cette machine sur ce réseau, 127.0.0.1 pour cette machine seule)</translation>
    </message>
    <message>
        <source>{url}: a TLS feed needs the client certificate: add ?cert=FILE.p12</source>
        <translation>{url} : un flux TLS demande le certificat client : ajoutez ?cert=FICHIER.p12</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Added feed {0}</source>
        <extracomment>A feed&apos;s state changed or it wrote something (name); for tests and the status bar. how many times the session was told (a test looks) True while the session hears of a batch whose new positions the map already shows (``MapView.append_positions``): the window then reloads no units or tracks for them. Unit ids the awaiting list shows (it changes by what was added or confirmed).</extracomment>
        <translation>Flux ajouté : {0}</translation>
    </message>
    <message>
        <source>Remove the feed {0}? Its definition is forgotten; what it brought stays in the mission.</source>
        <translation>Supprimer le flux {0} ? Sa définition est oubliée ; ce qu’il a apporté reste dans la mission.</translation>
    </message>
    <message>
        <source>It is running and stops now.</source>
        <translation>Il est en marche et s’arrête maintenant.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{0} ({1}), from {2}</source>
        <translation>{0} ({1}), du flux {2}</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out → {0}</source>
        <translation>sortant → {0}</translation>
    </message>
    <message>
        <source>{0} sent, {1} withheld</source>
        <translation>{0} envoyé(s), {1} retenu(s)</translation>
    </message>
</context>
<context>
    <name>FeedsPanel</name>
    <message>
        <source>Feed</source>
        <extracomment>How often the dock and the map catch up with the feeds (milliseconds): ≤ 4 redraws a second. Units added to the awaiting list per turn of the event loop (a feed may bring hundreds). Seconds a stale unit or map item stays on the live map, faded, before it leaves it.</extracomment>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Évén./s</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier évén.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Record kinds written since the GUI last looked (guarded by ``lock``). The position reports written since then, (unit id, lat, lon, observed time as stored), drawn on the map incrementally (as written: the GUI thread reads none of them back). Unit id → (observed time, operational status) of its latest report since then. The user confirmed this unit (id) from the awaiting list. The user picked a unit (id) in the awaiting list.</extracomment>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Ajouter un flux…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reload list</source>
        <translation>Recharger la liste</translation>
    </message>
    <message>
        <source>New units from feeds, awaiting confirmation:</source>
        <translation>Nouvelles unités venues des flux, en attente de confirmation :</translation>
    </message>
    <message>
        <source>Confirm unit</source>
        <translation>Confirmer l&apos;unité</translation>
    </message>
    <message>
        <source>No feeds defined. Add one with Add feed… (or &apos;bluehelmet feed add NAME URL&apos;); nothing connects until you start it.</source>
        <translation>Aucun flux défini. Ajoutez-en un avec Ajouter un flux… (ou « bluehelmet feed add NOM URL ») ; aucune connexion tant que vous ne le démarrez pas.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>à l&apos;écoute</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>Civilians killed</source>
        <translation>Civils tués</translation>
    </message>
    <message>
        <source>Peacekeepers killed</source>
        <translation>Casques bleus tués</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>MGRS grid reference</source>
        <translation>Référence de carroyage MGRS</translation>
    </message>
    <message>
        <source>Latitude and longitude</source>
        <translation>Latitude et longitude</translation>
    </message>
    <message>
        <source>Higher unit</source>
        <translation>Unité supérieure</translation>
    </message>
    <message>
        <source>Unit type</source>
        <translation>Type d&apos;unité</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Classification labels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <source>Parties to the conflict</source>
        <translation>Parties au conflit</translation>
    </message>
    <message>
        <source>Area of operations</source>
        <translation>Zone d&apos;opérations</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>JSON argument</source>
        <translation>Argument JSON</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>GazetteerController</name>
    <message>
        <source>&amp;Go to place or position…</source>
        <translation>A&amp;ller à un lieu ou une position…</translation>
    </message>
    <message>
        <source>Went to {place} — {mgrs}</source>
        <translation>Carte centrée sur {place} — {mgrs}</translation>
    </message>
</context>
<context>
    <name>GeometryField</name>
    <message>
        <source>Draw on map</source>
        <extracomment>Draw on the map: &apos;point&apos;, &apos;line&apos; or &apos;polygon&apos;. One &quot;Draw&quot; button per shape this field takes, by shape.</extracomment>
        <translation>Tracer sur la carte</translation>
    </message>
    <message>
        <source>Click the position on the map</source>
        <translation>Cliquez sur la position sur la carte</translation>
    </message>
    <message>
        <source>Click the vertices on the map; click the last one again to finish</source>
        <translation>Cliquez les sommets sur la carte ; cliquez à nouveau sur le dernier pour terminer</translation>
    </message>
    <message>
        <source>Edit vertices on map</source>
        <translation>Modifier les sommets sur la carte</translation>
    </message>
    <message>
        <source>Redraw on map</source>
        <translation>Retracer sur la carte</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>Pas encore tracé</translation>
    </message>
    <message numerus="yes">
        <source>Polygon, {vertices}, %n hole(s)</source>
        <translation>
            <numerusform>Polygone, {vertices}, %n trou</numerusform>
            <numerusform>Polygone, {vertices}, %n trous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vertices</source>
        <translation>
            <numerusform>%n sommet</numerusform>
            <numerusform>%n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polygon, %n vertices</source>
        <translation>
            <numerusform>Polygone, %n sommet</numerusform>
            <numerusform>Polygone, %n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n polygons</source>
        <translation>
            <numerusform>%n polygone</numerusform>
            <numerusform>%n polygones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line, %n vertices</source>
        <translation>
            <numerusform>Ligne, %n sommet</numerusform>
            <numerusform>Ligne, %n sommets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at {where}</source>
        <translation>Point en {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>FICTIONAL</source>
        <translation>FICTIF</translation>
    </message>
    <message>
        <source>pop. {population}</source>
        <translation>pop. {population}</translation>
    </message>
    <message>
        <source>also called so</source>
        <translation>également appelé ainsi</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Place name, MGRS, decimal degrees or DMS</source>
        <translation>Nom de lieu, MGRS, degrés décimaux ou DMS</translation>
    </message>
    <message>
        <source>Enter goes to the highlighted place · Esc closes</source>
        <translation>Entrée va au lieu en surbrillance · Échap ferme</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Enter goes to the highlighted one</source>
        <translation>
            <numerusform>%n résultat · Entrée va à celui en surbrillance</numerusform>
            <numerusform>%n résultats · Entrée va à celui en surbrillance</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing the world&apos;s place names (first use only)…</source>
        <translation>Indexation des noms de lieux du monde (première utilisation seulement)…</translation>
    </message>
    <message>
        <source>No place called {name} in the gazetteer or the mission</source>
        <translation>Aucun lieu nommé {name} dans le répertoire géographique ni dans la mission</translation>
    </message>
</context>
<context>
    <name>HistogramWidget</name>
    <message>
        <source>No incidents</source>
        <extracomment>Pixels the pointer must travel on the histogram before a press becomes a chosen window. category key → (label, colour), in stacking order (bottom first). (name, colour) swatches drawn over the plot: the category groups&apos; colours.</extracomment>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>Drag across days to show that window; double-click a day to show that day.</source>
        <translation>Faites glisser sur plusieurs jours pour afficher cette fenêtre ; double-cliquez sur un jour pour afficher ce jour.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Unit identity</source>
        <translation>Identité de l&apos;unité</translation>
    </message>
    <message>
        <source>This installation signs as {unit} ({who}).</source>
        <translation>Cette installation signe en tant que {unit} ({who}).</translation>
    </message>
    <message>
        <source>Key fingerprint (compare it with partners by voice):</source>
        <translation>Empreinte de la clé (à comparer de vive voix avec les partenaires) :</translation>
    </message>
    <message>
        <source>Partners recognise what this installation sends by its unit identity and signing key. Set them up once:</source>
        <translation>Les partenaires reconnaissent ce qu&apos;envoie cette installation à l&apos;identité de l&apos;unité et à sa clé de signature. Définissez-les une fois pour toutes :</translation>
    </message>
    <message>
        <source>e.g. NEPBATT 1</source>
        <translation>p. ex. NEPBATT 1</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3, e.g. NPL</source>
        <translation>ISO 3166 alpha-3, p. ex. NPL</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>Créer l&apos;identité</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>--set {name}=VALUE gives every feature one</source>
        <extracomment>Envelope bookkeeping written to files for information; the importing store stamps its own. Kinds located by a point (lat/lon fields), by a geometry field, or by a track. Stable namespace for ids made from a partner&apos;s own feature ids (re-import updates, not duplicates). Columns partners keep the language of a feature&apos;s text in: a tag (``fr``, ``pt-BR``) or the name of one of the mission languages most often met (``French``, ``Français``). lower-cased designation / short name / callsign → unit id (category, sub_event_type, event_type, type_of_incident) → key: partner files repeat them What the file calls its named values (&quot;column&quot;, &quot;attribute&quot;; &quot;&quot; when it has none a user could add, as in CoT): messages say how to supply a missing field in those terms.</extracomment>
        <translation>--set {name}=VALEUR en donne une à chaque entité</translation>
    </message>
    <message>
        <source>add a {what} column or --map NAME={name}; {every}</source>
        <translation>ajoutez une colonne {what} ou --map NOM={name} ; {every}</translation>
    </message>
    <message>
        <source>add a {what} attribute or --map NAME={name}; {every}</source>
        <translation>ajoutez un attribut {what} ou --map NOM={name} ; {every}</translation>
    </message>
    <message>
        <source>add a {what} property or --map NAME={name}; {every}</source>
        <translation>ajoutez une propriété {what} ou --map NOM={name} ; {every}</translation>
    </message>
    <message>
        <source>add a {what} data field or --map NAME={name}; {every}</source>
        <translation>ajoutez un champ de données {what} ou --map NOM={name} ; {every}</translation>
    </message>
    <message>
        <source>date</source>
        <extracomment>What ``MissionContext.supply`` calls a missing value, marked for translation.</extracomment>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>unit or callsign</source>
        <translation>unité ou indicatif</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{text!r} is not true or false</source>
        <translation>{text!r} n&apos;est ni vrai ni faux</translation>
    </message>
    <message>
        <source>{text!r} is not a list</source>
        <translation>{text!r} n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>{shown!r} is not a date and time ({exc})</source>
        <extracomment>Dates as ACLED writes them and as spreadsheets re-save them. Numeric dates are read day first (09/05/2020 is 9 May), as ACLED and most of the world write them; two-digit years are 1969–2068 (Python&apos;s rule).</extracomment>
        <translation>{shown!r} n&apos;est pas une date et heure ({exc})</translation>
    </message>
    <message>
        <source>{text!r} is not a date (dates are read day first: 09/05/2020, 9-May-20, 09 May 2020 or 2020-05-09)</source>
        <translation>{text!r} n&apos;est pas une date (les dates se lisent jour en premier : 09/05/2020, 9-May-20, 09 May 2020 ou 2020-05-09)</translation>
    </message>
    <message>
        <source>{geometry} is curved geometry, which cannot be read: straighten it first (QGIS: Segmentize by maximum angle; ogr2ogr: -nlt CONVERT_TO_LINEAR)</source>
        <translation>{geometry} est une géométrie courbe, illisible : rectifiez-la d&apos;abord (QGIS : Segmentize by maximum angle ; ogr2ogr : -nlt CONVERT_TO_LINEAR)</translation>
    </message>
    <message>
        <source>{text!r} is not WKT or GeoJSON geometry</source>
        <translation>{text!r} n&apos;est pas une géométrie WKT ou GeoJSON</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <extracomment>WKT types of curved geometry (ISO SQL/MM), which GEOS does not read.</extracomment>
        <translation>{value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>expected a Point, got {geom_type}</source>
        <translation>un point (Point) est attendu, reçu {geom_type}</translation>
    </message>
    <message>
        <source>a {kind} needs a {wanted}, got {geom_type}</source>
        <translation>un enregistrement {kind} demande une géométrie {wanted}, reçu {geom_type}</translation>
    </message>
    <message>
        <source>no geometry and no coordinates</source>
        <translation>ni géométrie ni coordonnées</translation>
    </message>
    <message>
        <source>a {geom_type} is none of the record kinds: import it --as KIND</source>
        <translation>un {geom_type} ne correspond à aucun type d&apos;enregistrement : importez-le avec --as KIND</translation>
    </message>
    <message>
        <source>is required: {how}</source>
        <translation>est obligatoire : {how}</translation>
    </message>
    <message>
        <source>{tried} matches no category of this mission; add it to the mission&apos;s categories, or give a category key with --set category=KEY</source>
        <translation>{tried} ne correspond à aucune catégorie de la mission ; ajoutez-la aux catégories de la mission, ou donnez une clé de catégorie avec --set category=KEY</translation>
    </message>
    <message>
        <source>no geometry and no latitude/longitude or MGRS {fields}</source>
        <extracomment>ACLED&apos;s geo-precision codes as a radius of uncertainty, metres: 1 the named town, 2 near it or part of a region, 3 only a larger region (its capital given). Approximations.</extracomment>
        <translation>aucune géométrie et aucun(e) {fields} latitude/longitude ou MGRS</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>aucune géométrie</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>no geometry and no lat/lon or MGRS columns</source>
        <extracomment>Columns partners keep a feature&apos;s type in (beside ``item_type``), most telling first. Columns whose presence alone says what a line is (OpenStreetMap-style extracts).</extracomment>
        <translation>ni géométrie ni colonnes lat/lon ou MGRS</translation>
    </message>
    <message>
        <source>{column} {value!r} is no unit of this mission</source>
        <translation>{column} {value!r} n&apos;est pas une unité de la mission</translation>
    </message>
    <message>
        <source>--format {forced}: use one of {readers}</source>
        <extracomment>Modules that register readers and writers, in the order formats are tried when sniffing. Sniffing order: the most specific signatures first, plain text (CSV) last.</extracomment>
        <translation>--format {forced} : utilisez l&apos;un de : {readers}</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name} : le fichier est vide</translation>
    </message>
    <message>
        <source>{name}: not a format Blue Helmet can import (tried {order})</source>
        <translation>{name} : format que Blue Helmet ne sait pas importer (essayés : {order})</translation>
    </message>
    <message>
        <source>{name}: named like {named}, but its content is {label}; rename it, or give --format {name2} if that is what it is</source>
        <extracomment>File name endings that say what a file is; content of another format under one of these names is refused (a &quot;.gpkg&quot; that is really text, a &quot;.kml&quot; that is a zip) rather than read as whatever it resembles. Generic endings (.zip, .xml, .json, .txt) carry several formats.</extracomment>
        <translation>{name} : nommé comme {named}, mais son contenu est {label} ; renommez-le, ou donnez --format {name2} si c&apos;est bien ce qu&apos;il est</translation>
    </message>
    <message>
        <source>{item}: {reason}</source>
        <extracomment>How many problems a message or the summary lists; ``--report FILE.csv`` has every one. 1-based position in the file &quot;row 12&quot;, &quot;placemark 3 (Camp Alpha)&quot;, &quot;feature 7&quot; what is wrong, with the value at fault the reason as counted (&quot;category &apos;…&apos; matches no category …&quot;)</extracomment>
        <translation>{item} : {reason}</translation>
    </message>
    <message>
        <source>… and {more} more (--report FILE.csv lists every one)</source>
        <extracomment>reason → count properties no record field takes Attachment contents the records name: SHA-256 → (file name, media type, bytes). features that became records</extracomment>
        <translation>… et {more} de plus (--report FICHIER.csv les liste tous)</translation>
    </message>
    <message>
        <source>{file}: would import {what}</source>
        <translation>{file} : importerait {what}</translation>
    </message>
    <message>
        <source>{file}: would import nothing</source>
        <translation>{file} : rien ne serait importé</translation>
    </message>
    <message>
        <source>{file}: imported {what}</source>
        <translation>{file} : importé {what}</translation>
    </message>
    <message>
        <source>{file}: imported nothing</source>
        <translation>{file} : rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>; skipped {count} ({reasons})</source>
        <translation> ; entités ignorées : {count} ({reasons})</translation>
    </message>
    <message>
        <source>; ignored {fields}: {names}</source>
        <translation> ; {fields} sans correspondance : {names}</translation>
    </message>
    <message>
        <source>left out {count} invalid feature(s): {problems}</source>
        <translation>entités non valides laissées de côté ({count}) : {problems}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}; nothing was imported (--skip-invalid imports the {good} good feature(s))</source>
        <translation>{file} : {problem} ; rien n&apos;a été importé (--skip-invalid importerait les entités valides : {good})</translation>
    </message>
    <message>
        <source>{file}: {count} features cannot be imported, so nothing was; --skip-invalid imports the {good} good feature(s): {problems}</source>
        <translation>{file} : {count} entités ne peuvent pas être importées, rien ne l&apos;a donc été ; --skip-invalid importerait les entités valides ({good}) : {problems}</translation>
    </message>
    <message>
        <source>{file}: {count} features cannot be imported, so nothing was: {problems}</source>
        <translation>{file} : {count} entités ne peuvent pas être importées, rien ne l&apos;a donc été : {problems}</translation>
    </message>
    <message>
        <source>{name}: cannot write the report ({strerror})</source>
        <translation>{name} : impossible d&apos;écrire le rapport ({strerror})</translation>
    </message>
    <message>
        <source>--set {name}=…: {name!r} is not a record field one can set for every feature</source>
        <translation>--set {name}=… : {name!r} n&apos;est pas un champ d&apos;enregistrement que l&apos;on peut fixer pour tous les objets</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name} : fichier introuvable</translation>
    </message>
    <message>
        <source>--as {as_kind}: use one of {kinds}</source>
        <translation>--as {as_kind} : utilisez l&apos;un de : {kinds}</translation>
    </message>
    <message>
        <source>{file}: none of its features could become a record ({reasons}); say what they are with --as KIND or map {fields} with --map NAME=FIELD</source>
        <translation>{file} : aucune de ses entités n&apos;a pu devenir un enregistrement ({reasons}) ; indiquez ce qu&apos;elles sont avec --as TYPE ou faites correspondre des {fields} avec --map NOM=CHAMP</translation>
    </message>
    <message>
        <source>{file}: none of its features could become a record ({reasons}); say what they are with --as KIND</source>
        <translation>{file} : aucune de ses entités n&apos;a pu devenir un enregistrement ({reasons}) ; indiquez ce qu&apos;elles sont avec --as TYPE</translation>
    </message>
    <message>
        <source>{name}: the file holds no features to import</source>
        <translation>{name} : le fichier ne contient aucun objet à importer</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <source>same id twice in the file (the later one kept)</source>
        <translation>même identifiant deux fois dans le fichier (le dernier est conservé)</translation>
    </message>
    <message>
        <source>a file attached to a {kind} (only incidents and map items)</source>
        <translation>un fichier joint à un enregistrement {kind} (seulement aux incidents et aux éléments cartographiques)</translation>
    </message>
    <message>
        <source>{classification!r} is not one of this mission&apos;s labels ({labels})</source>
        <translation>{classification!r} ne fait pas partie des niveaux de classification de la mission ({labels})</translation>
    </message>
    <message>
        <source>{category!r} is not in this mission&apos;s category list</source>
        <translation>{category!r} ne figure pas dans la liste des catégories de la mission</translation>
    </message>
    <message>
        <source>unit_id: no unit with id {unit_id} in this mission or the file</source>
        <translation>unit_id : aucune unité d&apos;identifiant {unit_id} dans cette mission ni dans le fichier</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name} : {exc}</translation>
    </message>
    <message>
        <source>feature {number}</source>
        <extracomment>1-based position in the file, for error messages longitude/latitude (WGS 84), already checked for range the feature&apos;s own label (KML Placemark name, CoT callsign, …) folder / layer path (&quot;Document/Patrols&quot;), &quot;&quot; when flat the record kind the format itself implies, if any colours etc. the file gave it Files the format attaches to this item (a TAK package&apos;s photos): (file name, bytes). They become the record&apos;s attachments when its kind has them. An item the format lets a reader leave out on its own (one map item of a TAK data package): when it cannot be read or become a record, the importer skips it, naming the reason, instead of refusing the whole file. How the file&apos;s own terms name this feature in messages (&quot;row 12&quot;, &quot;placemark 3 (Camp Alpha)&quot;); &quot;&quot; means &quot;feature N (name)&quot;. Why the reader could not read this feature (its geometry, its coordinates…); such a feature carries no geometry and is reported, or skipped with ``--skip-invalid``. Why the reader leaves this out although nothing is wrong (a legend, a logo): counted in the summary&apos;s ``skipped``. A recorded track (KML ``gx:Track``) as (time, longitude, latitude): position reports when the feature&apos;s name is one of the mission&apos;s units, otherwise a line (a route).</extracomment>
        <translation>entité {number}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <extracomment>For writers: unit id → name, to label records that point at a unit. For writers: unit id → current position as (longitude, latitude). Units carry no geometry of their own; formats that place them on a map (KML, CoT, NVG) need this.</extracomment>
        <translation>annulé ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>its shape cannot be drawn ({reason})</source>
        <translation>sa forme ne peut pas être tracée ({reason})</translation>
    </message>
    <message>
        <source>columns</source>
        <extracomment>short format name, as on the command line (&quot;kml&quot;) what a user calls it (&quot;KML / Google Earth&quot;) usual file name endings, for file dialogs (&quot;.kml&quot;,)</extracomment>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributs</translation>
    </message>
    <message>
        <source>properties</source>
        <translation>propriétés</translation>
    </message>
    <message>
        <source>data fields</source>
        <translation>champs de données</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>{where}: {what} {value!r} is not a number</source>
        <extracomment>CoT&apos;s &quot;not known&quot; for hae, ce and le Most map items a TAK data package may hold (read or written); ATAK itself struggles well before this, so bigger exports belong in KML or GeoJSON. Largest file attached to a map item of a data package (a photo, a document). 2525C affiliation letter (exercise letters too) → CoT affiliation letter. 2525D land-unit entity (positions 11-16) ⇄ 2525C function letters after ``a-x-G-``. Symbol set (2525D) ⇄ CoT dimension (plus function prefix for land kinds). CoT types of map items → our map-item type; the longest matching prefix wins. CoT types that are no map item (chat, pings, tasking, file transfers, deletions). ``usericon`` icon sets that draw the CoT type&apos;s own 2525 symbol; an atom shown with any other icon (ATAK&apos;s icon-set markers) is a marker, not a unit.</extracomment>
        <translation>{where} : {what} {value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: link point {text!r} is not &apos;lat,lon&apos;</source>
        <translation>{where} : le point de lien {text!r} n&apos;est pas de la forme &apos;lat,lon&apos;</translation>
    </message>
    <message>
        <source>{where}: circle radius {radius} m is not between 0 and 1000 km</source>
        <translation>{where} : le rayon de cercle de {radius} m n&apos;est pas compris entre 0 et 1000 km</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>événement {number}</translation>
    </message>
    <message>
        <source>{where}: the event has no type</source>
        <translation>{where} : l&apos;événement n&apos;a pas de type</translation>
    </message>
    <message>
        <source>{where}: the event has no &lt;point&gt;</source>
        <translation>{where} : l&apos;événement n&apos;a pas de &lt;point&gt;</translation>
    </message>
    <message>
        <source>a chat message is no map item (left out)</source>
        <translation>un message de discussion n&apos;est pas un élément cartographique (laissé de côté)</translation>
    </message>
    <message>
        <source>a {cot_type} event is no map item (left out)</source>
        <translation>un événement {cot_type} n&apos;est pas un élément cartographique (laissé de côté)</translation>
    </message>
    <message>
        <source>{where}: {key} is not GeoJSON ({reason})</source>
        <translation>{where} : {key} n&apos;est pas du GeoJSON ({reason})</translation>
    </message>
    <message>
        <source>{where}: range {distance} m is not a distance on the Earth</source>
        <translation>{where} : la portée de {distance} m n&apos;est pas une distance terrestre</translation>
    </message>
    <message>
        <source>{where}: no CoT &lt;event&gt; found (root element {root!r})</source>
        <translation>{where} : aucun &lt;event&gt; CoT trouvé (élément racine {root!r})</translation>
    </message>
    <message>
        <source>{where}: more than {limit} events; split the file</source>
        <translation>{where} : plus de {limit} événements ; divisez le fichier</translation>
    </message>
    <message>
        <source>{where}/{manifest}: not a MissionPackageManifest</source>
        <translation>{where}/{manifest} : pas un MissionPackageManifest</translation>
    </message>
    <message>
        <source>{where}: the KMZ holds no .kml document</source>
        <translation>{where} : le KMZ ne contient aucun document .kml</translation>
    </message>
    <message>
        <source>{file}: the package holds no map items (no CoT event, KML or KMZ overlay)</source>
        <translation>{file} : le paquet ne contient aucun élément cartographique (ni événement CoT, ni calque KML ou KMZ)</translation>
    </message>
    <message>
        <source>{file}: {count} map items is more than a TAK data package should carry ({limit}); export to KML or GeoJSON instead</source>
        <extracomment>Map-item types written as a CoT type of their own (points); other points are spot markers.</extracomment>
        <translation>{file} : {count} éléments cartographiques, c&apos;est plus que ce qu&apos;un paquet de données TAK devrait transporter ({limit}) ; exportez plutôt en KML ou en GeoJSON</translation>
    </message>
    <message>
        <source>{file}: binary data, not CSV text</source>
        <extracomment>Names spreadsheet and pandas exports give a leading index column that has no header.</extracomment>
        <translation>{file} : données binaires, pas du texte CSV</translation>
    </message>
    <message>
        <source>{file}: more than {limit} rows</source>
        <translation>{file} : plus de {limit} lignes</translation>
    </message>
    <message>
        <source>{file}: line {line_num}: not readable CSV ({reason})</source>
        <translation>{file} : ligne {line_num} : CSV illisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: a CSV file needs a header row with column names</source>
        <translation>{file} : un fichier CSV doit avoir une ligne d&apos;en-tête avec les noms des colonnes</translation>
    </message>
    <message>
        <source>{file}: the column {name!r} appears twice in the header</source>
        <translation>{file} : la colonne {name!r} figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>ligne {number}</translation>
    </message>
    <message>
        <source>{cells} cells for {columns} columns</source>
        <translation>{cells} cellules pour {columns} colonnes</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte {start})</source>
        <translation>{file} : pas du texte UTF-8 (octet {start})</translation>
    </message>
    <message>
        <source>{file}: not GeoJSON (it does not start with &apos;{{&apos;)</source>
        <translation>{file} : pas du GeoJSON (il ne commence pas par &apos;{{&apos;)</translation>
    </message>
    <message>
        <source>{file}: JSON nested too deeply</source>
        <translation>{file} : JSON imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}: {msg})</source>
        <translation>{file} : JSON non valide (ligne {line} : {msg})</translation>
    </message>
    <message>
        <source>{file}: FeatureCollection without a features list</source>
        <translation>{file} : FeatureCollection sans liste features</translation>
    </message>
    <message>
        <source>{file}: {count} features; at most {limit}</source>
        <translation>{file} : {count} entités ; au plus {limit}</translation>
    </message>
    <message>
        <source>{file}: JSON but not GeoJSON (no FeatureCollection or Feature)</source>
        <translation>{file} : du JSON mais pas du GeoJSON (ni FeatureCollection ni Feature)</translation>
    </message>
    <message>
        <source>{name} is not a number GeoJSON allows</source>
        <translation>{name} n&apos;est pas un nombre que le GeoJSON autorise</translation>
    </message>
    <message>
        <source>{file}: line {number} is not a JSON object</source>
        <translation>{file} : la ligne {number} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{where}: is not a GeoJSON Feature</source>
        <translation>{where} : n&apos;est pas une Feature GeoJSON</translation>
    </message>
    <message>
        <source>{where}: properties must be an object</source>
        <translation>{where} : properties doit être un objet</translation>
    </message>
    <message>
        <source>{where}: geometry is not a GeoJSON geometry object</source>
        <translation>{where} : geometry n&apos;est pas un objet géométrique GeoJSON</translation>
    </message>
    <message>
        <source>{where}: unreadable {geom_type} geometry (its coordinates are not numbers nested as GeoJSON requires)</source>
        <translation>{where} : géométrie {geom_type} illisible (ses coordonnées ne sont pas des nombres imbriqués comme le GeoJSON l&apos;exige)</translation>
    </message>
    <message>
        <source>cannot write {value} in GeoJSON</source>
        <translation>impossible d&apos;écrire {value} en GeoJSON</translation>
    </message>
    <message>
        <source>{where}: coordinate {token!r} is not &apos;lon,lat[,alt]&apos;</source>
        <extracomment>Folder names per record kind, in the order the folders are written. Style id → (line colour, fill colour or None, line width): the map&apos;s palette (bh-map-core.js).</extracomment>
        <translation>{where} : la coordonnée {token!r} n&apos;est pas de la forme &apos;lon,lat[,alt]&apos;</translation>
    </message>
    <message>
        <source>{where}: coordinate {token!r} is not a number</source>
        <translation>{where} : la coordonnée {token!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: vertex {number} ({lon}, {lat}) is not a finite coordinate</source>
        <translation>{where} : le sommet {number} ({lon}, {lat}) n&apos;est pas une coordonnée finie</translation>
    </message>
    <message>
        <source>{where}: the geometry has no coordinates</source>
        <translation>{where} : la géométrie n&apos;a pas de coordonnées</translation>
    </message>
    <message>
        <source>{where}: polygon boundary without a LinearRing</source>
        <translation>{where} : limite de polygone sans LinearRing</translation>
    </message>
    <message>
        <source>{where}: a polygon ring needs at least 3 points, got {count}</source>
        <translation>{where} : un anneau de polygone demande au moins 3 points, reçu {count}</translation>
    </message>
    <message>
        <source>{where}: a LineString needs at least 2 points</source>
        <translation>{where} : un LineString demande au moins 2 points</translation>
    </message>
    <message>
        <source>{where}: a LinearRing needs at least 3 points</source>
        <translation>{where} : un LinearRing demande au moins 3 points</translation>
    </message>
    <message>
        <source>{where}: MultiGeometry nested more than {max_depth} deep</source>
        <translation>{where} : MultiGeometry imbriquée sur plus de {max_depth} niveaux</translation>
    </message>
    <message>
        <source>{where}: track point {number} {value!r} is not &apos;lon lat [alt]&apos;</source>
        <translation>{where} : le point de trace {number} {value!r} n&apos;est pas de la forme &apos;lon lat [alt]&apos;</translation>
    </message>
    <message>
        <source>{where}: track point {number} is not a finite coordinate</source>
        <translation>{where} : le point de trace {number} n&apos;est pas une coordonnée finie</translation>
    </message>
    <message>
        <source>{where}: the track has no points</source>
        <translation>{where} : la trace n&apos;a aucun point</translation>
    </message>
    <message>
        <source>{where}: a MultiGeometry mixing points, lines and polygons is not supported</source>
        <translation>{where} : une MultiGeometry mêlant points, lignes et polygones n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>a NetworkLink loads its content from {href} over a network, and this program works offline: open it in Google Earth on a connected machine, save the result as KML or KMZ (right-click → Save Place As) and import that</source>
        <translation>un NetworkLink charge son contenu depuis {href} par un réseau, et ce programme fonctionne hors ligne : ouvrez-le dans Google Earth sur une machine connectée, enregistrez le résultat en KML ou KMZ (clic droit → Enregistrer le lieu sous) et importez-le</translation>
    </message>
    <message>
        <source>a NetworkLink loads its content over a network, and this program works offline: open it in Google Earth on a connected machine, save the result as KML or KMZ (right-click → Save Place As) and import that</source>
        <translation>un NetworkLink charge son contenu par un réseau, et ce programme fonctionne hors ligne : ouvrez-le dans Google Earth sur une machine connectée, enregistrez le résultat en KML ou KMZ (clic droit → Enregistrer le lieu sous) et importez-le</translation>
    </message>
    <message>
        <source>an image overlay{image} is a picture, not map features: to see it as a basemap, save the image with its corner coordinates as a GeoTIFF (QGIS Georeferencer, or gdal_translate -a_ullr WEST NORTH EAST SOUTH -a_srs EPSG:4326) and add it with `basemap import`</source>
        <translation>une superposition d&apos;image{image} est une image, pas des entités cartographiques : pour la voir comme fond de carte, enregistrez l&apos;image avec les coordonnées de ses coins en GeoTIFF (géoréférenceur de QGIS, ou gdal_translate -a_ullr OUEST NORD EST SUD -a_srs EPSG:4326) et ajoutez-la avec `basemap import`</translation>
    </message>
    <message>
        <source>{where}: folders nested more than {max_depth} deep; refused</source>
        <translation>{where} : dossiers imbriqués sur plus de {max_depth} niveaux ; refusé</translation>
    </message>
    <message>
        <source>{where}: more than {limit} placemarks; split the file</source>
        <translation>{where} : plus de {limit} placemarks ; divisez le fichier</translation>
    </message>
    <message>
        <source>{where}: not a KML document (root element is {root!r})</source>
        <translation>{where} : pas un document KML (l&apos;élément racine est {root!r})</translation>
    </message>
    <message>
        <source>{file}: the KMZ holds no .kml document</source>
        <translation>{file} : le KMZ ne contient aucun document .kml</translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; has no {attr!r}</source>
        <translation>{where} : &lt;{element}&gt; n&apos;a pas de {attr!r}</translation>
    </message>
    <message>
        <source>{where}: {attr} {text!r} is not a number</source>
        <translation>{where} : {attr} {text!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: {attr} {text!r} is not a finite number</source>
        <translation>{where} : {attr} {text!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{where}: point {token!r} is not &apos;lon,lat&apos;</source>
        <translation>{where} : le point {token!r} n&apos;est pas de la forme &apos;lon,lat&apos;</translation>
    </message>
    <message>
        <source>{where}: point {token!r} is not a number</source>
        <translation>{where} : le point {token!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: vertex {number} ({x}, {y}) is not a finite coordinate</source>
        <translation>{where} : le sommet {number} ({x}, {y}) n&apos;est pas une coordonnée finie</translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; has no points</source>
        <translation>{where} : &lt;{element}&gt; n&apos;a aucun point</translation>
    </message>
    <message>
        <source>{where}: {what} {value:g} m is not between 0 and 2000 km</source>
        <translation>{where} : {what} de {value:g} m n&apos;est pas compris entre 0 et 2000 km</translation>
    </message>
    <message>
        <source>{where}: an excluded area needs at least 3 points</source>
        <translation>{where} : une zone exclue demande au moins 3 points</translation>
    </message>
    <message>
        <source>{where}: a line needs at least 2 points</source>
        <translation>{where} : une ligne demande au moins 2 points</translation>
    </message>
    <message>
        <source>{where}: a polygon needs at least 3 points</source>
        <translation>{where} : un polygone demande au moins 3 points</translation>
    </message>
    <message>
        <source>{where}: a composite mixing points, lines and areas is not supported</source>
        <translation>{where} : un composite mêlant points, lignes et zones n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>{where}: empty composite</source>
        <extracomment>NVG elements that are more than their geometry says (a corridor is a line with a width).</extracomment>
        <translation>{where} : composite vide</translation>
    </message>
    <message>
        <source>{where}: &lt;{element}&gt; has no geometry</source>
        <translation>{where} : &lt;{element}&gt; n&apos;a pas de géométrie</translation>
    </message>
    <message>
        <source>{where}: groups nested more than {max_depth} deep; refused</source>
        <translation>{where} : groupes imbriqués sur plus de {max_depth} niveaux ; refusé</translation>
    </message>
    <message>
        <source>{where}: more than {limit} items; split the file</source>
        <translation>{where} : plus de {limit} éléments ; divisez le fichier</translation>
    </message>
    <message>
        <source>{file}: not an NVG document (root element is {root!r})</source>
        <translation>{file} : pas un document NVG (l&apos;élément racine est {root!r})</translation>
    </message>
    <message>
        <source>{where}: cannot be read as a GIS file (damaged, or not the format its name says)</source>
        <extracomment>Layer names the writer uses, and the record kind a layer of that name holds. Map items are written one layer per shape, so QGIS styles each as points, lines or areas. WKB type codes of surfaces GEOS cannot read: PolyhedralSurface, TIN (whose parts are Triangles). A shapefile&apos;s MultiPatch comes out of GDAL as these.</extracomment>
        <translation>{where} : illisible comme fichier SIG (endommagé, ou pas au format qu&apos;indique son nom)</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>couche {layer}</translation>
    </message>
    <message>
        <source>this layer cannot be read (its geometry type or data is one GDAL does not read); the other layers can be imported</source>
        <translation>cette couche est illisible (GDAL ne lit pas son type de géométrie ou ses données) ; les autres couches peuvent être importées</translation>
    </message>
    <message>
        <source>{where}: more than {limit} features</source>
        <translation>{where} : plus de {limit} entités</translation>
    </message>
    <message>
        <source>layer {layer}: feature {number}</source>
        <translation>couche {layer} : entité {number}</translation>
    </message>
    <message>
        <source>{where}: its coordinate reference system cannot be converted to WGS 84 (unknown or damaged .prj / CRS definition)</source>
        <extracomment>How far beyond ±180° / ±90° a coordinate may lie and still be taken as the edge: datum shifts and reprojection leave world-edge vertices a few millionths of a degree outside.</extracomment>
        <translation>{where} : son système de coordonnées de référence ne peut pas être converti en WGS 84 (définition .prj / SCR inconnue ou endommagée)</translation>
    </message>
    <message>
        <source>{file}: the zip holds no .shp file</source>
        <translation>{file} : le zip ne contient aucun fichier .shp</translation>
    </message>
    <message>
        <source>{file}: nothing to export</source>
        <translation>{file} : rien à exporter</translation>
    </message>
    <message>
        <source>{file}: not a readable Excel workbook ({reason})</source>
        <extracomment>Column names recognised, folded (no accents, case, spaces or punctuation) → unit field. Unit types as staff write them → (role, 2525D land-unit entity code, positions 11–16). Echelon words, abbreviations and the size marks drawn above a symbol → echelon. row number as the spreadsheet shows it</extracomment>
        <translation>{file} : classeur Excel illisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: no sheet has a header row naming a unit column (designation, unit or name) in its first {rows} rows; see docs/orbat.md</source>
        <translation>{file} : aucune feuille n&apos;a, dans ses {rows} premières lignes, de ligne d&apos;en-tête nommant une colonne d&apos;unité (designation, unit ou name) ; voir docs/orbat.md</translation>
    </message>
    <message>
        <source>{file}: row {line}: {name}: {value!r} is a number too long for a spreadsheet to keep exactly; store codes such as SIDCs as text</source>
        <translation>{file} : ligne {line} : {name} : {value!r} est un nombre trop long pour qu&apos;un tableur le garde exactement ; enregistrez les codes tels que les SIDC comme du texte</translation>
    </message>
    <message>
        <source>{file}: no header row naming a unit column (designation, unit or name) in the first {rows} rows; see docs/orbat.md</source>
        <translation>{file} : aucune ligne d&apos;en-tête nommant une colonne d&apos;unité (designation, unit ou name) dans les {rows} premières lignes ; voir docs/orbat.md</translation>
    </message>
    <message>
        <source>{file}: the ORBAT has a header but no units</source>
        <translation>{file} : l&apos;ORBAT a un en-tête mais aucune unité</translation>
    </message>
    <message>
        <source>{where}: row {line}: designation: the unit has no name</source>
        <translation>{where} : ligne {line} : designation : l&apos;unité n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>{where}: row {line}: designation: {designation!r} appears twice in the file</source>
        <translation>{where} : ligne {line} : designation : {designation!r} figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>{where}: row {line}: {reason}</source>
        <translation>{where} : ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>{higher!r} is neither a unit in the file nor in this mission</source>
        <translation>{higher!r} n&apos;est une unité ni du fichier ni de cette mission</translation>
    </message>
    <message>
        <source>{text!r} is not an echelon; use one of {choices}</source>
        <translation>{text!r} n&apos;est pas un échelon ; utilisez l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>give a unit type (infantry, engineer, …) or a SIDC</source>
        <translation>donnez un type d&apos;unité (infantry, engineer, …) ou un SIDC</translation>
    </message>
    <message>
        <source>{text!r} is not a unit type we know; use one of {choices} or give a SIDC</source>
        <translation>{text!r} n&apos;est pas un type d&apos;unité connu ; utilisez l&apos;un de : {choices}, ou donnez un SIDC</translation>
    </message>
    <message>
        <source>{text!r} is not a number of people</source>
        <translation>{text!r} n&apos;est pas un nombre de personnes</translation>
    </message>
    <message>
        <source>is required (ISO 3166 alpha-3 code such as BGD, or UN)</source>
        <translation>est obligatoire (code ISO 3166 alpha-3 tel que BGD, ou UN)</translation>
    </message>
    <message>
        <source>{cleaned!r} is no country code or name we know</source>
        <translation>{cleaned!r} n&apos;est ni un code ni un nom de pays connu</translation>
    </message>
    <message>
        <source>{where}: row {line}: higher unit: the hierarchy goes round in a circle back to {designation!r}</source>
        <translation>{where} : ligne {line} : unité supérieure : la hiérarchie tourne en rond et revient à {designation!r}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <extracomment>Largest partner file accepted at all (bytes on disk). Largest XML document parsed in memory (a KML, CoT file or NVG overlay, or a zip member). Most features one file may hold; more is refused rather than swamping the database. Most vertices one geometry may hold. Deepest nesting of folders/groups/multi-geometries a reader follows (readers recurse). Members smaller than this are not judged by compression ratio: they cannot hurt. Area change allowed when repairing an invalid polygon (relative).</extracomment>
        <translation>{size} Mio</translation>
    </message>
    <message>
        <source>{file}: file not found</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file} : impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>{file}: the file is {size}; files above {limit} are refused</source>
        <translation>{file} : le fichier fait {size} ; les fichiers de plus de {limit} sont refusés</translation>
    </message>
    <message>
        <source>{file}: the file is larger than {limit}; refused</source>
        <translation>{file} : le fichier fait plus de {limit} ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} has an empty name; refused</source>
        <translation>{file} : le membre {name!r} a un nom vide ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} has a NUL character in its name; refused</source>
        <translation>{file} : le membre {name!r} a un caractère NUL dans son nom ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} uses backslashes in its path; refused</source>
        <translation>{file} : le membre {name!r} utilise des barres obliques inverses dans son chemin ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} has an absolute path; refused</source>
        <translation>{file} : le membre {name!r} a un chemin absolu ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} names a drive letter; refused</source>
        <translation>{file} : le membre {name!r} désigne une lettre de lecteur ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} climbs out of the archive with &apos;..&apos;; refused</source>
        <translation>{file} : le membre {name!r} sort de l&apos;archive par &apos;..&apos; ; refusé</translation>
    </message>
    <message>
        <source>{file}: not a zip archive, or a damaged one</source>
        <translation>{file} : pas une archive zip, ou une archive endommagée</translation>
    </message>
    <message>
        <source>{file}: the archive holds {count} members; at most {max_members} are accepted</source>
        <translation>{file} : l&apos;archive contient {count} membres ; au plus {max_members} sont acceptés</translation>
    </message>
    <message>
        <source>{file}: member {name!r} appears twice; refused</source>
        <translation>{file} : le membre {name!r} figure deux fois ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} is a symbolic link; refused</source>
        <translation>{file} : le membre {name!r} est un lien symbolique ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} is encrypted; refused</source>
        <translation>{file} : le membre {name!r} est chiffré ; refusé</translation>
    </message>
    <message>
        <source>{file}: the archive unpacks to more than {max_total_bytes}; refused</source>
        <translation>{file} : l&apos;archive décompressée dépasse {max_total_bytes} ; refusé</translation>
    </message>
    <message>
        <source>{file}: member {name!r} is compressed {ratio} to 1 (limit {max_ratio}); refused as a possible zip bomb</source>
        <translation>{file} : le membre {name!r} est compressé {ratio} pour 1 (limite {max_ratio}) ; refusé comme possible bombe zip</translation>
    </message>
    <message>
        <source>{where}: the archive has no member {name!r}</source>
        <translation>{where} : l&apos;archive n&apos;a pas de membre {name!r}</translation>
    </message>
    <message>
        <source>{where}: member {name!r} is {file_size}; members above {max_bytes} are refused</source>
        <translation>{where} : le membre {name!r} fait {file_size} ; les membres de plus de {max_bytes} sont refusés</translation>
    </message>
    <message>
        <source>{where}: member {name!r} unpacks to more than {max_bytes}; refused</source>
        <translation>{where} : le membre {name!r} décompressé dépasse {max_bytes} ; refusé</translation>
    </message>
    <message>
        <source>{where}: member {name!r} is damaged ({reason})</source>
        <translation>{where} : le membre {name!r} est endommagé ({reason})</translation>
    </message>
    <message>
        <source>{where}: member {name!r} uses a compression method this program cannot read</source>
        <translation>{where} : le membre {name!r} utilise une méthode de compression que ce programme ne sait pas lire</translation>
    </message>
    <message>
        <source>{where}: the XML document is {size}; documents above {limit} are refused</source>
        <translation>{where} : le document XML fait {size} ; les documents de plus de {limit} sont refusés</translation>
    </message>
    <message>
        <source>{where}: refused: the XML declares a document type, entities or external references ({error}), which partner files must not use</source>
        <translation>{where} : refusé : le XML déclare un type de document, des entités ou des références externes ({error}), que les fichiers des partenaires ne doivent pas utiliser</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML (line {line}, character {column}): {reason}</source>
        <translation>{where} : XML mal formé (ligne {line}, caractère {column}) : {reason}</translation>
    </message>
    <message>
        <source>{where}: not well-formed XML (its declared encoding is unknown or its text does not match it)</source>
        <translation>{where} : XML mal formé (son encodage déclaré est inconnu ou son texte ne lui correspond pas)</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>{where}: {axis} {value!r} is not a number</source>
        <translation>{where} : {axis} {value!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: {axis} {value!r} is not a finite number</source>
        <translation>{where} : {axis} {value!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{where}: {axis} {value} is outside -{limit:g}…{limit:g}</source>
        <translation>{where} : {axis} {value} est hors de l&apos;intervalle -{limit:g}…{limit:g}</translation>
    </message>
    <message>
        <source>{where}: the geometry is empty</source>
        <translation>{where} : la géométrie est vide</translation>
    </message>
    <message>
        <source>{where}: the geometry has {count} vertices; at most {max_vertices} are accepted</source>
        <translation>{where} : la géométrie a {count} sommets ; au plus {max_vertices} sont acceptés</translation>
    </message>
    <message>
        <source>{where}: vertex {number} ({lon!r}, {lat!r}) is outside longitude -180…180 / latitude -90…90</source>
        <translation>{where} : le sommet {number} ({lon!r}, {lat!r}) est hors des longitudes -180…180 / latitudes -90…90</translation>
    </message>
    <message>
        <source>{where}: invalid {geom_type}: {reason}</source>
        <translation>{where} : {geom_type} non valide : {reason}</translation>
    </message>
    <message>
        <source>{where}: invalid polygon that cannot be repaired safely: {reason}</source>
        <translation>{where} : polygone non valide qui ne peut pas être réparé sans risque : {reason}</translation>
    </message>
    <message>
        <source>{where}: a message length is cut short</source>
        <translation>{where} : une longueur de message est tronquée</translation>
    </message>
    <message>
        <source>{where}: message {number} does not start with the TAK protocol&apos;s 0xbf</source>
        <translation>{where} : le message {number} ne commence pas par le 0xbf du protocole TAK</translation>
    </message>
    <message>
        <source>{where}: message {number} is cut short</source>
        <translation>{where} : le message {number} est tronqué</translation>
    </message>
    <message>
        <source>{where}: more than {limit} messages; split the file</source>
        <translation>{where} : plus de {limit} messages ; divisez le fichier</translation>
    </message>
    <message>
        <source>message {number}</source>
        <translation>message {number}</translation>
    </message>
    <message>
        <source>{where}: not a TAK protocol message</source>
        <translation>{where} : pas un message du protocole TAK</translation>
    </message>
</context>
<context>
    <name>ImportNews</name>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <extracomment>The counts an import reports, per record kind, in the reader&apos;s words and plural forms. ``app.i18n.translate`` (the same catalogue as Qt&apos;s) so that the English plural forms apply even where no Qt translator is installed (tests, a bare QApplication).</extracomment>
        <translation>
            <numerusform>%n nouvel incident</numerusform>
            <numerusform>%n nouveaux incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n nouvelle unité</numerusform>
            <numerusform>%n nouvelles unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new position report(s)</source>
        <translation>
            <numerusform>%n nouveau compte rendu de position</numerusform>
            <numerusform>%n nouveaux comptes rendus de position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patrol area(s)</source>
        <translation>
            <numerusform>%n nouvelle zone de patrouille</numerusform>
            <numerusform>%n nouvelles zones de patrouille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patrol(s)</source>
        <translation>
            <numerusform>%n nouvelle patrouille</numerusform>
            <numerusform>%n nouvelles patrouilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new ceasefire line(s)</source>
        <translation>
            <numerusform>%n nouvelle ligne de cessez-le-feu</numerusform>
            <numerusform>%n nouvelles lignes de cessez-le-feu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new map item(s)</source>
        <translation>
            <numerusform>%n nouvel élément cartographique</numerusform>
            <numerusform>%n nouveaux éléments cartographiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated incident(s)</source>
        <translation>
            <numerusform>%n incident mis à jour</numerusform>
            <numerusform>%n incidents mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated unit(s)</source>
        <translation>
            <numerusform>%n unité mise à jour</numerusform>
            <numerusform>%n unités mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated position report(s)</source>
        <translation>
            <numerusform>%n compte rendu de position mis à jour</numerusform>
            <numerusform>%n comptes rendus de position mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated patrol area(s)</source>
        <translation>
            <numerusform>%n zone de patrouille mise à jour</numerusform>
            <numerusform>%n zones de patrouille mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated patrol(s)</source>
        <translation>
            <numerusform>%n patrouille mise à jour</numerusform>
            <numerusform>%n patrouilles mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated ceasefire line(s)</source>
        <translation>
            <numerusform>%n ligne de cessez-le-feu mise à jour</numerusform>
            <numerusform>%n lignes de cessez-le-feu mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated map item(s)</source>
        <translation>
            <numerusform>%n élément cartographique mis à jour</numerusform>
            <numerusform>%n éléments cartographiques mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{file}: would bring {what}</source>
        <translation>{file} : apporterait {what}</translation>
    </message>
    <message>
        <source>{file}: imported {what}</source>
        <translation>{file} : importé {what}</translation>
    </message>
    <message>
        <source>; left out {count} ({reasons})</source>
        <translation> ; écartés {count} ({reasons})</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) left out: {why}</source>
        <extracomment>Record kinds that can bring a ceasefire violation (an incident, or a line near incidents). Record kinds written (created or updated). One line per readable file, in words. Files refused whole, and features left out, each with its reason. (west, south, east, north) of what would come in, or None.</extracomment>
        <translation>
            <numerusform>%n objet écarté : {why}</numerusform>
            <numerusform>%n objets écartés : {why}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import: a look first</source>
        <translation>Importation : aperçu préalable</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {outside} of %n feature(s) lie outside the mission&apos;s area (outlined on the map). Check the file&apos;s coordinates.</source>
        <translation>
            <numerusform>⚠ {outside} objet(s) sur %n hors de la zone de la mission (contour sur la carte). Vérifiez les coordonnées du fichier.</numerusform>
            <numerusform>⚠ {outside} objet(s) sur %n hors de la zone de la mission (contour sur la carte). Vérifiez les coordonnées du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot come in:</source>
        <translation>Ne peut pas être importé :</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good feature(s)</source>
        <translation>
            <numerusform>Importer l&apos;objet valide (%n)</numerusform>
            <numerusform>Importer les %n objets valides</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>The package is genuine and addressed to this unit. Importing it would change the picture as follows:</source>
        <translation>Le paquet est authentique et destiné à cette unité. L&apos;importer modifierait la situation comme suit :</translation>
    </message>
</context>
<context>
    <name>IncidentFilterBar</name>
    <message>
        <source>All time</source>
        <extracomment>The time choices: label, hours back from now (0: all time, -1: custom).</extracomment>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <source>Last 72 h</source>
        <translation>Dernières 72 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Slider off</source>
        <extracomment>The user turned the time slider&apos;s window off from here.</extracomment>
        <translation>Curseur désactivé</translation>
    </message>
    <message>
        <source>Turn the time slider&apos;s window off (show all time)</source>
        <translation>Désactiver la fenêtre du curseur temporel (afficher toute la période)</translation>
    </message>
    <message>
        <source>Choose All time to see every incident (slower on a mission this large)</source>
        <translation>Choisissez Toute la période pour voir tous les incidents (plus lent sur une mission de cette taille)</translation>
    </message>
    <message>
        <source>Categories: all</source>
        <translation>Catégories : toutes</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>5 only</source>
        <translation>5 uniquement</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Toute unité</translation>
    </message>
    <message>
        <source>Search title, description, actors…</source>
        <translation>Rechercher titre, description, acteurs…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>When:</source>
        <extracomment>The clock &quot;Last 24 h&quot; counts back from (replaced in tests). Stop a search the user&apos;s typing scheduled (a filter set by the app is not one).</extracomment>
        <translation>Quand :</translation>
    </message>
    <message numerus="yes">
        <source>Large mission ({total} incidents): its last %n day(s)</source>
        <translation>
            <numerusform>Mission volumineuse ({total} incidents)&#xa0;: %n dernier jour</numerusform>
            <numerusform>Mission volumineuse ({total} incidents)&#xa0;: ses %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>and time slider {window}</source>
        <translation>et curseur temporel {window}</translation>
    </message>
    <message>
        <source>Categories: {chosen} of {total}</source>
        <translation>Catégories : {chosen} sur {total}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Time (DTG)</source>
        <extracomment>A mission with more incidents than this opens on the last ``LARGE_MISSION_DAYS`` days of its reports: a headquarters&apos; years of records would put a million rows in the table and on the map before anyone asked for them. The filter bar says so; &quot;All time&quot; shows everything.</extracomment>
        <translation>Heure (GDH)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Location (MGRS)</source>
        <translation>Position (MGRS)</translation>
    </message>
</context>
<context>
    <name>InfoCredibility</name>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmée par d&apos;autres sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablement vraie</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>peut-être vraie</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteuse</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>véracité impossible à évaluer</translation>
    </message>
</context>
<context>
    <name>InteropDialogs</name>
    <message>
        <source>Units (at their current position)</source>
        <translation>Unités (à leur position actuelle)</translation>
    </message>
    <message>
        <source>Position reports</source>
        <translation>Comptes rendus de position</translation>
    </message>
    <message>
        <source>Patrol areas</source>
        <translation>Zones de patrouille</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Ceasefire lines</source>
        <translation>Lignes de cessez-le-feu</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>GeoJSON (.geojson)</source>
        <translation>GeoJSON (.geojson)</translation>
    </message>
    <message>
        <source>GeoPackage for QGIS (.gpkg)</source>
        <translation>GeoPackage pour QGIS (.gpkg)</translation>
    </message>
    <message>
        <source>KML for Google Earth (.kml)</source>
        <translation>KML pour Google Earth (.kml)</translation>
    </message>
    <message>
        <source>KMZ for Google Earth (.kmz)</source>
        <translation>KMZ pour Google Earth (.kmz)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (.csv)</source>
        <translation>Tableur CSV (.csv)</translation>
    </message>
    <message>
        <source>Cursor-on-Target for ATAK (.cot)</source>
        <translation>Cursor-on-Target pour ATAK (.cot)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <extracomment>Column choices that are not field names (the data of the column&apos;s drop-down).</extracomment>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>(as it is)</source>
        <translation>(telle quelle)</translation>
    </message>
    <message>
        <source>Files Blue Helmet can import</source>
        <translation>Fichiers que Blue Helmet peut importer</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>incident</source>
        <extracomment>One record of each kind, named in a sentence (« unité d&apos;identifiant … introuvable »).</extracomment>
        <translation>incident</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>position report</source>
        <translation>compte rendu de position</translation>
    </message>
    <message>
        <source>patrol area</source>
        <translation>zone de patrouille</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <source>ceasefire line</source>
        <translation>ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>map item</source>
        <translation>élément cartographique</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <extracomment>A count of records of each kind, as a whole phrase per adjective (French agrees the adjective with the kind: « 2 nouvelles patrouilles », « 1 nouvel incident »).</extracomment>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position report(s)</source>
        <translation>
            <numerusform>%n compte rendu de position</numerusform>
            <numerusform>%n comptes rendus de position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patrol area(s)</source>
        <translation>
            <numerusform>%n zone de patrouille</numerusform>
            <numerusform>%n zones de patrouille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patrol(s)</source>
        <translation>
            <numerusform>%n patrouille</numerusform>
            <numerusform>%n patrouilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ceasefire line(s)</source>
        <translation>
            <numerusform>%n ligne de cessez-le-feu</numerusform>
            <numerusform>%n lignes de cessez-le-feu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map item(s)</source>
        <translation>
            <numerusform>%n élément cartographique</numerusform>
            <numerusform>%n éléments cartographiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageField</name>
    <message>
        <source>Language of the text: {tag} (not translated)</source>
        <extracomment>QSettings key of the language last chosen on a new record&apos;s form.</extracomment>
        <translation>Langue du texte : {tag} (non traduit)</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— non précisée —</translation>
    </message>
    <message>
        <source>The language the free text of this record is written in. Another language: type its tag, such as ar or pt-BR.</source>
        <translation>La langue dans laquelle le texte libre de cet enregistrement est écrit. Autre langue : tapez son étiquette, comme ar ou pt-BR.</translation>
    </message>
    <message>
        <source>a tag such as ar or pt-BR</source>
        <translation>une étiquette comme ar ou pt-BR</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No mission at {path}: File → New mission… creates one.</source>
        <translation>Aucune mission à {path}&#xa0;: Fichier → Nouvelle mission… en crée une.</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Contingent positions</source>
        <translation>Positions des contingents</translation>
    </message>
    <message>
        <source>Incidents (clustered)</source>
        <translation>Incidents (regroupés)</translation>
    </message>
    <message>
        <source>Incident density (heat)</source>
        <translation>Densité des incidents (carte de chaleur)</translation>
    </message>
    <message>
        <source>Unit tracks</source>
        <translation>Traces des unités</translation>
    </message>
    <message>
        <source>Patrol tracks</source>
        <translation>Traces des patrouilles</translation>
    </message>
    <message>
        <source>Ceasefire lines</source>
        <translation>Lignes de cessez-le-feu</translation>
    </message>
    <message>
        <source>Map items</source>
        <translation>Éléments de carte</translation>
    </message>
    <message>
        <source>Buffer zones</source>
        <translation>Zones tampons</translation>
    </message>
    <message>
        <source>Patrol areas</source>
        <translation>Zones de patrouille</translation>
    </message>
    <message>
        <source>Partners&apos; points, routes, roads, rivers, drawings and areas: none of them is a ceasefire line or a patrol area, and the analysis does not count them</source>
        <extracomment>What a layer holds, where its name alone does not say.</extracomment>
        <translation>Points, itinéraires, routes, cours d&apos;eau, dessins et zones des partenaires&#xa0;: aucun n&apos;est une ligne de cessez-le-feu ni une zone de patrouille, et l&apos;analyse ne les compte pas</translation>
    </message>
    <message>
        <source>No grid</source>
        <extracomment>Grid choices: page grid mode (``maps.document.GRIDS``, &quot;&quot; for none) → label.</extracomment>
        <translation>Pas de quadrillage</translation>
    </message>
    <message>
        <source>MGRS / UTM grid</source>
        <translation>Quadrillage MGRS / UTM</translation>
    </message>
    <message>
        <source>Latitude / longitude</source>
        <translation>Latitude / longitude</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <extracomment>The grid chosen: &quot;mgrs&quot;, &quot;latlon&quot; or &quot;&quot; (none).</extracomment>
        <translation>Opacité de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Quadrillage</translation>
    </message>
</context>
<context>
    <name>LineType</name>
    <message>
        <source>ceasefire line</source>
        <translation>ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>line of contact</source>
        <translation>ligne de contact</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>Alpha line</source>
        <translation>ligne Alpha</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Blue Helmet COP</source>
        <extracomment>Emitted with the message each time the user is told that something failed. Emitted with one summary line per file after files were imported. Emitted with the number of ceasefire violations an import brought in. Emitted with the summary after a partner&apos;s package was imported (or found already there). Emitted with the summary line after File → Export wrote a file. Emitted with the path once a mission is open and shown.</extracomment>
        <translation>Blue Helmet COP</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>The open mission; every view follows its ``changed`` and ``selected`` news. Everything the window asks the user goes through here (tests pass a scripted fake).</extracomment>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open mission…</source>
        <translation>&amp;Ouvrir une mission…</translation>
    </message>
    <message>
        <source>Open &amp;headquarters database…</source>
        <translation>Ouvrir une base de quartier &amp;général…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Missions &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Import &amp;ORBAT…</source>
        <translation>Importer l&apos;OR&amp;BAT…</translation>
    </message>
    <message>
        <source>Units and their hierarchy from an Excel or CSV order of battle</source>
        <translation>Les unités et leur hiérarchie, depuis un ordre de bataille Excel ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Basemaps</source>
        <translation>Fonds de &amp;carte</translation>
    </message>
    <message>
        <source>Import &amp;MBTiles basemap…</source>
        <translation>Importer un fond de carte &amp;MBTiles…</translation>
    </message>
    <message>
        <source>Add &amp;online tile source…</source>
        <translation>Ajouter une source de tuiles en &amp;ligne…</translation>
    </message>
    <message>
        <source>Manage &amp;basemaps…</source>
        <translation>Gérer les &amp;fonds de carte…</translation>
    </message>
    <message>
        <source>Export map as &amp;PNG or PDF…</source>
        <translation>Exporter la carte en &amp;PNG ou PDF…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Zoom to &amp;mission</source>
        <translation>Zoomer sur la &amp;mission</translation>
    </message>
    <message>
        <source>&amp;Find incidents</source>
        <translation>&amp;Rechercher des incidents</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Import package from a partner…</source>
        <translation>&amp;Importer le paquet d&apos;un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Export package for a partner…</source>
        <translation>&amp;Exporter un paquet pour un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Partners and keys…</source>
        <translation>&amp;Partenaires et clés…</translation>
    </message>
    <message>
        <source>Unit &amp;identity…</source>
        <translation>Iden&amp;tité de l&apos;unité…</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Blue Helmet COP</source>
        <translation>À &amp;propos de Blue Helmet COP</translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when Blue Helmet COP is next started.</source>
        <translation>La langue changera au prochain démarrage de Blue Helmet COP.</translation>
    </message>
    <message>
        <source>Open mission database</source>
        <translation>Ouvrir la base de données d&apos;une mission</translation>
    </message>
    <message>
        <source>Mission databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données de mission (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a headquarters database</source>
        <translation>Ouvrir une base de données de quartier général</translation>
    </message>
    <message>
        <source>Address of the mission database (postgresql://user@host:port/database; a password may be given in it or in ~/.pgpass; the recent list keeps the address without it):</source>
        <translation>Adresse de la base de données de la mission (postgresql://utilisateur@hôte:port/base ; un mot de passe peut y figurer ou dans ~/.pgpass ; la liste des missions récentes garde l&apos;adresse sans lui) :</translation>
    </message>
    <message>
        <source>{url}: a headquarters database address starts with postgresql://</source>
        <translation>{url} : l&apos;adresse d&apos;une base de quartier général commence par postgresql://</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blue Helmet COP&lt;/b&gt;&lt;br&gt;An offline common operating picture for multinational peacekeeping missions.&lt;br&gt;&lt;br&gt;{attribution} (https://creativecommons.org/licenses/by/4.0/).</source>
        <translation>&lt;b&gt;Blue Helmet COP&lt;/b&gt;&lt;br&gt;Situation opérationnelle commune hors ligne pour les missions multinationales de maintien de la paix.&lt;br&gt;&lt;br&gt;{attribution} (https://creativecommons.org/licenses/by/4.0/).</translation>
    </message>
    <message>
        <source>About Blue Helmet COP</source>
        <translation>À propos de Blue Helmet COP</translation>
    </message>
    <message>
        <source>Creating the demo mission…</source>
        <translation>Création de la mission de démonstration…</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Premier démarrage</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) · incidents shown {shown} of {total}</source>
        <translation>
            <numerusform>%n unité · incidents affichés&#xa0;: {shown} sur {total}</numerusform>
            <numerusform>%n unités · incidents affichés&#xa0;: {shown} sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  %n new ceasefire violation(s) arrived with the import — click to list them</source>
        <translation>
            <numerusform>⚠  %n nouvelle violation du cessez-le-feu est arrivée avec l&apos;import — cliquer pour l&apos;afficher</numerusform>
            <numerusform>⚠  %n nouvelles violations du cessez-le-feu sont arrivées avec l&apos;import — cliquer pour les afficher</numerusform>
        </translation>
    </message>
    <message>
        <source>arrived with the import</source>
        <translation>arrivées avec l&apos;import</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Run `{command}` to install the map&apos;s web assets (npm ci in resources/web).</source>
        <extracomment>Where a wheel carries the assets: copied into the package when it is built (setup.py). folium&apos;s own name for each script and stylesheet of Map and the plugins we use (MarkerCluster, HeatMap, MeasureControl, MousePosition, Draw) -&gt; the local asset that replaces it. Keyed by folium&apos;s names, not its CDN addresses: the page takes the version npm pins, whatever folium would fetch, and a name we do not know makes localize_folium() refuse instead of going online. HeatMap: folium&apos;s copy carries an unreleased weights patch; npm&apos;s leaflet.heat 0.2.0 caps each cell at options.max (default 1), so pass max= to HeatMap. folium assets no npm package provides; localize_folium() drops them from the page.</extracomment>
        <translation>Lancez `{command}` pour installer les ressources web de la carte (npm ci dans resources/web).</translation>
    </message>
    <message>
        <source>There is no map asset named {name!r}. If it comes from a package newly added to resources/web/package.json, register it in maps/assets.py. {hint}</source>
        <translation>Aucune ressource de carte ne s&apos;appelle {name!r}. Si elle vient d&apos;un paquet récemment ajouté à resources/web/package.json, enregistrez-la dans maps/assets.py. {hint}</translation>
    </message>
    <message>
        <source>Map asset {name!r} is missing: {path} does not exist. {hint}</source>
        <translation>La ressource de carte {name!r} manque : {path} n&apos;existe pas. {hint}</translation>
    </message>
    <message>
        <source>{owner} loads {name!r} from {url}, which has no local copy: add its npm package to resources/web/package.json and map the name in maps/assets.py.</source>
        <translation>{owner} charge {name!r} depuis {url}, qui n&apos;a pas de copie locale : ajoutez son paquet npm à resources/web/package.json et associez le nom dans maps/assets.py.</translation>
    </message>
    <message>
        <source>a standalone page needs its payload inline</source>
        <extracomment>In the app every page resource comes from one origin, bh://local/, served by the app itself. Scripts and styles the page loads after Leaflet, in order (asset names in maps.assets). Our own page scripts (maps/static), in load order: the shared helpers (window.bhUtil), then the map page (window.bhMap) in parts that share window.bhMapParts (docs/map-page.md). Vector basemaps (PMTiles), on app pages that offer one: the libraries, then bh-vector.js. Editing on the app page only (Leaflet.draw and bh-edit.js; docs/map-page.md, &quot;Editing&quot;). Map grids bh-grid.js draws (PageOptions.grid). Inline payload (standalone pages); app pages fetch ``data_url`` instead. Marking shown in the top and bottom banners; None shows no banners. (background, text) CSS colours of the banners (see app.briefing.marking.banner_colours). A fixed UTC time (ISO 8601) for the clock, as in a rendered output; None ticks live. Show the title block, clock and north arrow (outputs and the briefing window). Open every legend section (outputs: a printed legend cannot be clicked open). Map grid drawn by bh-grid.js: ``&quot;mgrs&quot;`` (MGRS/UTM), ``&quot;latlon&quot;`` (graticule) or None.</extracomment>
        <translation>une page autonome doit contenir ses données</translation>
    </message>
    <message>
        <source>map page would load remote resources: {urls}</source>
        <translation>la page de carte chargerait des ressources distantes : {urls}</translation>
    </message>
</context>
<context>
    <name>MapItemStatus</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>MapItemType</name>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Team site</source>
        <translation>Site d&apos;équipe</translation>
    </message>
    <message>
        <source>Camp or base</source>
        <translation>Camp ou base</translation>
    </message>
    <message>
        <source>IDP site</source>
        <translation>Site de personnes déplacées</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Point de passage</translation>
    </message>
    <message>
        <source>Landing zone</source>
        <translation>Zone de poser</translation>
    </message>
    <message>
        <source>Observation post</source>
        <translation>Poste d&apos;observation</translation>
    </message>
    <message>
        <source>Spot marker</source>
        <translation>Marqueur ponctuel</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>Point d&apos;intérêt</translation>
    </message>
    <message>
        <source>Camera or sensor</source>
        <translation>Caméra ou capteur</translation>
    </message>
    <message>
        <source>Waypoint</source>
        <translation>Point de cheminement</translation>
    </message>
    <message>
        <source>Bullseye</source>
        <translation>Point de référence (bullseye)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Footpath</source>
        <translation>Sentier</translation>
    </message>
    <message>
        <source>River</source>
        <translation>Cours d&apos;eau</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Range and bearing</source>
        <translation>Distance et azimut</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Range ring</source>
        <translation>Cercle de portée</translation>
    </message>
    <message>
        <source>Overlay shape</source>
        <translation>Forme de calque</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>North</source>
        <translation>Nord</translation>
    </message>
    <message>
        <source>{dtg} (local)</source>
        <translation>{dtg} (heure locale)</translation>
    </message>
    <message>
        <source>Drag the vertices of the area; click a middle marker to add one.</source>
        <translation>Faites glisser les sommets de la zone&#xa0;; cliquez sur un repère intermédiaire pour en ajouter un.</translation>
    </message>
    <message>
        <source>Drag the vertices of the line; click a middle marker to add one.</source>
        <translation>Faites glisser les sommets de la ligne&#xa0;; cliquez sur un repère intermédiaire pour en ajouter un.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Left: {party}</source>
        <translation>Gauche&#xa0;: {party}</translation>
    </message>
    <message>
        <source>Right: {party}</source>
        <translation>Droite&#xa0;: {party}</translation>
    </message>
    <message>
        <source>Move the pointer over the map</source>
        <translation>Déplacez le pointeur sur la carte</translation>
    </message>
    <message>
        <source>Measure distance and area</source>
        <translation>Mesurer une distance et une surface</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Distance {value}</source>
        <translation>Distance {value}</translation>
    </message>
    <message>
        <source>Area {value}</source>
        <translation>Surface {value}</translation>
    </message>
    <message>
        <source>Click to add points; double-click or Finish to end; Esc cancels.</source>
        <translation>Cliquez pour ajouter des points&#xa0;; double-cliquez ou « Terminer » pour finir&#xa0;; Échap annule.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Severity 1–5</source>
        <translation>Gravité 1–5</translation>
    </message>
    <message>
        <source>Cluster: number of incidents</source>
        <translation>Regroupement&#xa0;: nombre d&apos;incidents</translation>
    </message>
    <message>
        <source>Heatmap (off by default)</source>
        <translation>Carte de densité (masquée par défaut)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Hostile</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Group of units</source>
        <translation>Groupe d&apos;unités</translation>
    </message>
    <message>
        <source>Unit track</source>
        <translation>Trace d&apos;unité</translation>
    </message>
    <message>
        <source>Lines and areas</source>
        <translation>Lignes et zones</translation>
    </message>
    <message>
        <source>Ceasefire line</source>
        <translation>Ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>Alpha line</source>
        <translation>Ligne Alpha</translation>
    </message>
    <message>
        <source>Line of contact</source>
        <translation>Ligne de contact</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>Zone tampon</translation>
    </message>
    <message>
        <source>Area of separation</source>
        <translation>Zone de séparation</translation>
    </message>
    <message>
        <source>Area, active</source>
        <translation>Zone active</translation>
    </message>
    <message>
        <source>Area, restricted</source>
        <translation>Zone restreinte</translation>
    </message>
    <message>
        <source>Area, inactive or closed</source>
        <translation>Zone inactive ou fermée</translation>
    </message>
    <message>
        <source>Patrol in progress</source>
        <translation>Patrouille en cours</translation>
    </message>
    <message>
        <source>Patrol planned</source>
        <translation>Patrouille planifiée</translation>
    </message>
    <message>
        <source>Patrol completed</source>
        <translation>Patrouille terminée</translation>
    </message>
    <message>
        <source>Patrol cancelled or aborted</source>
        <translation>Patrouille annulée ou interrompue</translation>
    </message>
    <message>
        <source>Data as of {dtg}</source>
        <translation>Données au {dtg}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>catégorie inconnue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>{n} civilian</source>
        <translation>civils&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{n} peacekeeper</source>
        <translation>Casques bleus&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Loading the full report…</source>
        <translation>Chargement du compte rendu complet…</translation>
    </message>
    <message>
        <source>Language of the text: {tag} (not translated)</source>
        <translation>Langue du texte : {tag} (non traduit)</translation>
    </message>
    <message>
        <source>The full report could not be loaded.</source>
        <translation>Le compte rendu complet n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Abrégé</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Nation</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Unité supérieure</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Dernier compte rendu</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>en attente de confirmation</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>no position report</source>
        <translation>aucun compte rendu de position</translation>
    </message>
    <message>
        <source>SIDC</source>
        <translation>SIDC</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Left party</source>
        <translation>Partie à gauche</translation>
    </message>
    <message>
        <source>Right party</source>
        <translation>Partie à droite</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Zone tampon</translation>
    </message>
    <message>
        <source>{m} m each side</source>
        <translation>{m} m de chaque côté</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Conclu le</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>left and right as seen walking the line in its digitising direction</source>
        <translation>gauche et droite vues en parcourant la ligne dans son sens de numérisation</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>{m} m each side of the line</source>
        <translation>{m} m de part et d&apos;autre de la ligne</translation>
    </message>
    <message>
        <source>Line ID</source>
        <translation>Identifiant de la ligne</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Buffer zones</source>
        <translation>Zones tampons</translation>
    </message>
    <message>
        <source>Ceasefire and control lines</source>
        <translation>Lignes de cessez-le-feu et de contrôle</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Unit tracks</source>
        <translation>Traces des unités</translation>
    </message>
    <message>
        <source>Incident heatmap</source>
        <translation>Carte de densité des incidents</translation>
    </message>
    <message>
        <source>Map item</source>
        <translation>Élément de carte</translation>
    </message>
    <message>
        <source>Map item · area</source>
        <translation>Élément de carte · zone</translation>
    </message>
    <message>
        <source>Map item · line</source>
        <translation>Élément de carte · ligne</translation>
    </message>
    <message>
        <source>Map item · point</source>
        <translation>Élément de carte · point</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>Sommets</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Type chez le partenaire</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Map items (partner points, lines, areas)</source>
        <translation>Éléments de carte (points, lignes et zones des partenaires)</translation>
    </message>
</context>
<context>
    <name>MirrorWindow</name>
    <message>
        <source>{title} — briefing display</source>
        <translation>{title} — écran de briefing</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <source>{key!r} is not a setting; use one of {choices}</source>
        <extracomment>Named label sets for ``init --labels``; lowest first. The NATO set starts at plain UNCLASSIFIED so that records and partner files without a marking stay valid. ACLED event types (codebook since 2019) and their sub-event types. ACLED&apos;s event types before 2019 (no sub-event types then): valid on categories kept for old records and files, not offered for new mappings. Settings a user can set by name (``bluehelmet mission set KEY VALUE``). A GeoJSON Polygon or MultiPolygon (lon, lat), or None while not set.</extracomment>
        <translation>{key!r} n&apos;est pas un paramètre ; utilisez l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>a mission needs a name</source>
        <extracomment>The label in other languages, as (language, label) pairs sorted by language: shown to a reader of that language instead of ``label`` (which every other reader sees).</extracomment>
        <translation>une mission doit avoir un nom</translation>
    </message>
    <message>
        <source>at most {max_name} characters</source>
        <translation>au plus {max_name} caractères</translation>
    </message>
    <message>
        <source>{party!r}…: at most 80 characters a party</source>
        <translation>{party!r}… : au plus 80 caractères par partie</translation>
    </message>
    <message>
        <source>{party!r} is named twice</source>
        <translation>{party!r} est nommée deux fois</translation>
    </message>
    <message>
        <source>at most {max_parties} parties</source>
        <translation>au plus {max_parties} parties</translation>
    </message>
    <message>
        <source>{label!r} is not a usable label</source>
        <translation>{label!r} n&apos;est pas un marquage utilisable</translation>
    </message>
    <message>
        <source>{label!r} is named twice</source>
        <translation>{label!r} est nommé deux fois</translation>
    </message>
    <message>
        <source>give un, nato or a list of labels, lowest first</source>
        <translation>donnez un, nato ou une liste de marquages, du plus bas au plus haut</translation>
    </message>
    <message>
        <source>at most {max_labels} labels</source>
        <translation>au plus {max_labels} marquages</translation>
    </message>
    <message>
        <source>is neither GeoJSON nor a box W,S,E,N</source>
        <translation>n&apos;est ni du GeoJSON ni un rectangle O,S,E,N</translation>
    </message>
    <message>
        <source>the file holds {count} polygons; the area needs exactly one</source>
        <translation>le fichier contient {count} polygones ; la zone en demande exactement un</translation>
    </message>
    <message>
        <source>must be a polygon (GeoJSON Polygon or MultiPolygon)</source>
        <translation>doit être un polygone (Polygon ou MultiPolygon GeoJSON)</translation>
    </message>
    <message>
        <source>has a coordinate that is not a number</source>
        <translation>a une coordonnée qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>({lon}, {lat}) is off the globe (lon, lat expected)</source>
        <translation>({lon}, {lat}) est hors du globe (lon, lat attendu)</translation>
    </message>
    <message>
        <source>a polygon needs at least three corners</source>
        <translation>un polygone demande au moins trois sommets</translation>
    </message>
    <message>
        <source>{text!r} is not a box on the globe (W,S,E,N)</source>
        <translation>{text!r} n&apos;est pas un rectangle sur le globe (O,S,E,N)</translation>
    </message>
    <message>
        <source>has a position that is not [lon, lat]</source>
        <translation>a une position qui n&apos;est pas [lon, lat]</translation>
    </message>
    <message>
        <source>{lang!r} is not an available language; choose one of {all}</source>
        <extracomment>Meta key holding the mission categories&apos; labels in other languages (JSON: key → {lang: label}).</extracomment>
        <translation>{lang!r} n&apos;est pas une langue disponible ; choisissez parmi : {all}</translation>
    </message>
    <message>
        <source>at most 80 characters</source>
        <translation>80 caractères au plus</translation>
    </message>
    <message>
        <source>{key!r}: lower-case letters, digits and _ (2–40, a letter first)</source>
        <translation>{key!r} : lettres minuscules, chiffres et _ (2 à 40, une lettre d&apos;abord)</translation>
    </message>
    <message>
        <source>a category needs a label</source>
        <translation>une catégorie doit avoir un libellé</translation>
    </message>
    <message>
        <source>{event!r} is a pre-2019 ACLED event type: no sub-event types</source>
        <translation>{event!r} est un type d&apos;événement ACLED antérieur à 2019 : pas de sous-types d&apos;événement</translation>
    </message>
    <message>
        <source>{event!r} is not an ACLED event type: {choices}</source>
        <translation>{event!r} n&apos;est pas un type d&apos;événement ACLED : {choices}</translation>
    </message>
    <message>
        <source>give the ACLED event type too</source>
        <translation>donnez aussi le type d&apos;événement ACLED</translation>
    </message>
    <message>
        <source>{sub!r} is not a sub-event type of {event}: {choices}</source>
        <translation>{sub!r} n&apos;est pas un sous-type d&apos;événement de {event} : {choices}</translation>
    </message>
    <message>
        <source>{value!r}: write &apos;Event type / Sub-event type&apos; as in ACLED&apos;s codebook (e.g. &apos;Battles / Armed clash&apos;)</source>
        <translation>{value!r} : écrivez &apos;Event type / Sub-event type&apos; comme dans le codebook ACLED (par exemple &apos;Battles / Armed clash&apos;)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file, or replace it with --force</source>
        <extracomment>The training demo&apos;s own file in the data folder: never the user&apos;s mission.</extracomment>
        <translation>{path} existe déjà ; choisissez un autre fichier, ou remplacez-le avec --force</translation>
    </message>
    <message>
        <source>{path} already holds a mission with records; --force does not empty a server&apos;s database: back it up and ask its administrators for an empty one</source>
        <translation>{path} contient déjà une mission avec des enregistrements ; --force ne vide pas la base d&apos;un serveur : sauvegardez-la et demandez une base vide à ses administrateurs</translation>
    </message>
    <message>
        <source>{path} already holds a mission with records; choose another database</source>
        <translation>{path} contient déjà une mission avec des enregistrements ; choisissez une autre base</translation>
    </message>
    <message>
        <source>{path} is a folder, not a mission database file</source>
        <translation>{path} est un dossier, pas un fichier de base de mission</translation>
    </message>
    <message>
        <source>{database} already holds the mission {name}; the demo needs an empty database</source>
        <translation>{database} contient déjà la mission {name}&#xa0;; la démonstration demande une base vide</translation>
    </message>
    <message>
        <source>{path} exists and is not the training demo; it is left alone</source>
        <translation>{path} existe et n&apos;est pas la démonstration d&apos;entraînement ; il est laissé tel quel</translation>
    </message>
    <message>
        <source>{key!r} is already a category of this mission</source>
        <translation>{key!r} est déjà une catégorie de cette mission</translation>
    </message>
    <message>
        <source>no category {key!r} in this mission</source>
        <translation>aucune catégorie {key!r} dans cette mission</translation>
    </message>
</context>
<context>
    <name>MissionController</name>
    <message>
        <source>&amp;New mission…</source>
        <extracomment>The mission&apos;s settings changed (an edit, its undo or redo): views that show them re-read.</extracomment>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>Open the &amp;training demo</source>
        <translation>Ouvrir la &amp;démonstration d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Mission {name} created in {path}. Next: Mission → Settings… (area, parties), File → Import… (ORBAT, areas, lines).</source>
        <translation>Mission {name} créée dans {path}. Ensuite&#xa0;: Mission → Paramètres… (zone, parties), Fichier → Importer… (ORBAT, zones, lignes).</translation>
    </message>
    <message>
        <source>Writing the training demo…</source>
        <translation>Écriture de la démonstration d&apos;entraînement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Training demo</source>
        <translation>Démonstration d&apos;entraînement</translation>
    </message>
    <message>
        <source>open a mission first: File → Open mission…</source>
        <translation>ouvrez d&apos;abord une mission&#xa0;: Fichier → Ouvrir une mission…</translation>
    </message>
    <message>
        <source>Mission settings saved ({changes}). Ctrl+Z takes it back.</source>
        <translation>Paramètres de la mission enregistrés ({changes}). Ctrl+Z les annule.</translation>
    </message>
</context>
<context>
    <name>MissionSettingsDialog</name>
    <message>
        <source>Label ({language})</source>
        <extracomment>The languages a category has a label column for, beside the label every other reader sees (the same choice as the CLI&apos;s ``--label-LANG``): the languages the application speaks.</extracomment>
        <translation>Libellé ({language})</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Categories table columns (&quot;&quot; where a column per label language goes).</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>ACLED event type</source>
        <translation>Type d&apos;événement ACLED</translation>
    </message>
    <message>
        <source>ACLED sub-event type</source>
        <translation>Sous-type d&apos;événement ACLED</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>Mission settings</source>
        <translation>Paramètres de la mission</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Area of operations</source>
        <translation>Zone d&apos;opérations</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <source>{mark}: every title and output of this mission says so.</source>
        <translation>{mark} : chaque titre et chaque produit de cette mission l&apos;indiquent.</translation>
    </message>
    <message>
        <source>One party to the ceasefire per line</source>
        <translation>Une partie au cessez-le-feu par ligne</translation>
    </message>
    <message>
        <source>Parties to the ceasefire</source>
        <translation>Parties au cessez-le-feu</translation>
    </message>
    <message>
        <source>Violation analysis counts violations for each party; ceasefire lines name them on their left and right.</source>
        <translation>L&apos;analyse des violations compte les violations par partie ; les lignes de cessez-le-feu les nomment à leur gauche et à leur droite.</translation>
    </message>
    <message>
        <source>Lowest first. Labels that records carry cannot be removed.</source>
        <translation>Du plus bas au plus élevé. Les niveaux portés par des enregistrements ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>Classification labels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <source>Lowest first, comma-separated (e.g. UNCLASSIFIED, CONFIDENTIAL).</source>
        <translation>Du plus bas au plus élevé, séparés par des virgules (p. ex. UNCLASSIFIED, CONFIDENTIAL).</translation>
    </message>
    <message>
        <source>Import polygon (GeoJSON)…</source>
        <translation>Importer un polygone (GeoJSON)…</translation>
    </message>
    <message>
        <source>Use a patrol area or sector…</source>
        <translation>Utiliser une zone de patrouille ou un secteur…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>or a box: west, south, east, north (degrees)</source>
        <translation>ou un rectangle : ouest, sud, est, nord (degrés)</translation>
    </message>
    <message>
        <source>Use box</source>
        <translation>Utiliser le rectangle</translation>
    </message>
    <message>
        <source>The map opens on the area of operations. To draw it, draw a patrol area of type &apos;area of responsibility&apos; on the map (Edit → New → Patrol area), then choose it here.</source>
        <translation>La carte s&apos;ouvre sur la zone d&apos;opérations. Pour la tracer, tracez sur la carte une zone de patrouille de type « zone de responsabilité » (Édition → Nouveau → Zone de patrouille), puis choisissez-la ici.</translation>
    </message>
    <message>
        <source>What readers see when their language has no label</source>
        <translation>Ce que voient les lecteurs dont la langue n&apos;a pas de libellé</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Edit a label to rename; untick &apos;In use&apos; to retire (old incidents keep their category). Keys are fixed once records may use them.</source>
        <translation>Modifiez un libellé pour renommer ; décochez « En usage » pour retirer (les anciens incidents gardent leur catégorie). Les clés sont figées dès que des enregistrements peuvent les utiliser.</translation>
    </message>
    <message>
        <source>A label in a reader&apos;s language is shown to that reader; an empty one shows the Label.</source>
        <translation>Un libellé dans la langue d&apos;un lecteur est montré à ce lecteur ; vide, c&apos;est le Libellé qui s&apos;affiche.</translation>
    </message>
    <message>
        <source>by {unit}</source>
        <translation>par {unit}</translation>
    </message>
    <message>
        <source>No settings changed yet.</source>
        <translation>Aucun paramètre modifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{event_type} (before 2019)</source>
        <translation>{event_type} (avant 2019)</translation>
    </message>
    <message>
        <source>No area of operations set: the map opens on everything the mission holds.</source>
        <translation>Aucune zone d&apos;opérations définie : la carte s&apos;ouvre sur l&apos;ensemble des données de la mission.</translation>
    </message>
    <message>
        <source>Area of operations set ({shape}): west {west}, south {south}, east {east}, north {north}.</source>
        <translation>Zone d&apos;opérations définie ({shape}) : ouest {west}, sud {south}, est {east}, nord {north}.</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>NewMissionDialog</name>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>e.g. UNMISS Sector East</source>
        <translation>p. ex. MINUSS Secteur Est</translation>
    </message>
    <message>
        <source>Our own list…</source>
        <translation>Notre propre liste…</translation>
    </message>
    <message>
        <source>lowest first, comma-separated</source>
        <translation>la plus basse d&apos;abord, séparées par des virgules</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <source>Classification labels</source>
        <translation>Niveaux de classification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Create mission</source>
        <translation>Créer la mission</translation>
    </message>
    <message>
        <source>New mission file</source>
        <translation>Fichier de la nouvelle mission</translation>
    </message>
    <message>
        <source>Mission databases (*.db)</source>
        <translation>Bases de données de mission (*.db)</translation>
    </message>
    <message>
        <source>choose a file for the mission</source>
        <translation>choisissez un fichier pour la mission</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre fichier</translation>
    </message>
</context>
<context>
    <name>OperationalStatus</name>
    <message>
        <source>operational</source>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>capacité limitée</translation>
    </message>
    <message>
        <source>non-operational</source>
        <translation>non opérationnelle</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Page 1 of 1</source>
        <translation>Page 1 sur 1</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cleared for</source>
        <translation>Habilité jusqu&apos;à</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Trust a key card…</source>
        <translation>Approuver une carte de clé…</translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation>Révoquer la sélection</translation>
    </message>
    <message>
        <source>Export my key card…</source>
        <translation>Exporter ma carte de clé…</translation>
    </message>
    <message>
        <source>1. Send your key card to the partner (Export my key card…).  2. Trust theirs after comparing fingerprints read out by voice or radio.  3. Set what they are cleared for (the highest classification they may receive).</source>
        <translation>1. Envoyez votre carte de clé au partenaire (Exporter ma carte de clé…).  2. Approuvez la sienne après avoir comparé les empreintes lues de vive voix ou par radio.  3. Fixez son habilitation (la classification la plus élevée qu&apos;il peut recevoir).</translation>
    </message>
    <message>
        <source>Our unit: {unit} ({nation}, {org}) — fingerprint</source>
        <translation>Notre unité : {unit} ({nation}, {org}) — empreinte</translation>
    </message>
    <message>
        <source>no org</source>
        <translation>sans organisation</translation>
    </message>
    <message>
        <source>No identity yet: create one in Sync → Identity</source>
        <translation>Pas encore d&apos;identité : créez-en une dans Synchronisation → Identité</translation>
    </message>
    <message>
        <source>Highest classification the selected partner may receive; records above it are never put in its packages</source>
        <translation>Classification la plus élevée que le partenaire sélectionné peut recevoir ; les enregistrements au-dessus ne figurent jamais dans ses paquets</translation>
    </message>
    <message>
        <source>Set clearance</source>
        <translation>Fixer l&apos;habilitation</translation>
    </message>
    <message>
        <source>Cleared for:</source>
        <translation>Habilité jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Comparer l&apos;empreinte</translation>
    </message>
    <message>
        <source>Key card:
{card}

Ask the partner to read out their fingerprint. Does it match exactly, group by group?</source>
        <translation>Carte de clé :
{card}

Demandez au partenaire de lire son empreinte à haute voix. Correspond-elle exactement, groupe par groupe ?</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉ</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>{label} (not set)</source>
        <translation>{label} (non fixée)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Partner key card</source>
        <translation>Carte de clé du partenaire</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not trusted: {unit}&apos;s fingerprint was not confirmed</source>
        <translation>Non approuvé : l&apos;empreinte de {unit} n&apos;a pas été confirmée</translation>
    </message>
    <message>
        <source>Trusted {unit}: {fingerprint}</source>
        <translation>{unit} approuvé : {fingerprint}</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>Sélectionnez d&apos;abord un partenaire.</translation>
    </message>
    <message>
        <source>{unit} may now receive up to {label}.</source>
        <translation>{unit} peut désormais recevoir jusqu&apos;à {label}.</translation>
    </message>
    <message>
        <source>Revoked {unit}; its packages are refused from now on.</source>
        <translation>{unit} révoqué ; ses paquets sont désormais refusés.</translation>
    </message>
    <message>
        <source>Save my key card</source>
        <translation>Enregistrer ma carte de clé</translation>
    </message>
    <message>
        <source>Key card saved to {path}</source>
        <translation>Carte de clé enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>PatrolStatus</name>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>entravée</translation>
    </message>
</context>
<context>
    <name>PatrolType</name>
    <message>
        <source>foot</source>
        <translation>à pied</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>motorisée</translation>
    </message>
    <message>
        <source>air</source>
        <translation>aérienne</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>nautique</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>conjointe</translation>
    </message>
</context>
<context>
    <name>PlaceFinder</name>
    <message numerus="yes">
        <source>(1 of %n place(s) of that name: Ctrl+G lists them)</source>
        <extracomment>Zoom the &quot;Go to&quot; box takes the map to: a town and its surroundings. Labels from this zoom on (also the page&apos;s bhPlaces.MIN_ZOOM). The world index is there (it was built in the background). Whether map labels may start building the world index (the Go-to box always may); GUI tests switch it off so each window does not spend 10 s indexing. Where the map looks now: ranks places of equal population by distance.</extracomment>
        <translation>
            <numerusform>(1 sur %n lieu de ce nom : Ctrl+G les énumère)</numerusform>
            <numerusform>(1 sur %n lieux de ce nom : Ctrl+G les énumère)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>type a place name, MGRS, decimal degrees or DMS</source>
        <translation>tapez un nom de lieu, une position MGRS, en degrés décimaux ou en DMS</translation>
    </message>
    <message>
        <source>{text!r} is neither a place name nor a position</source>
        <translation>{text!r} n&apos;est ni un nom de lieu ni une position</translation>
    </message>
</context>
<context>
    <name>PositionMethod</name>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>voice report</source>
        <translation>compte rendu radio</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>New unit</source>
        <extracomment>Title of the form that makes a new record of each kind, and of the one that edits one.</extracomment>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <source>New position report</source>
        <translation>Nouveau compte rendu de position</translation>
    </message>
    <message>
        <source>New patrol area</source>
        <translation>Nouvelle zone de patrouille</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>Nouvelle patrouille</translation>
    </message>
    <message>
        <source>New ceasefire line</source>
        <translation>Nouvelle ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>New map item</source>
        <translation>Nouvel élément cartographique</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Modifier l&apos;unité</translation>
    </message>
    <message>
        <source>Edit position report</source>
        <translation>Modifier le compte rendu de position</translation>
    </message>
    <message>
        <source>Edit patrol area</source>
        <translation>Modifier la zone de patrouille</translation>
    </message>
    <message>
        <source>Edit patrol</source>
        <translation>Modifier la patrouille</translation>
    </message>
    <message>
        <source>Edit ceasefire line</source>
        <translation>Modifier la ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Edit map item</source>
        <translation>Modifier l&apos;élément cartographique</translation>
    </message>
    <message>
        <source>— not given —</source>
        <extracomment>text, multiline, choice, ref, count, number, time, location, geometry, language For refs: the record kind listed (unit, patrol_area, ceasefire_line). A choice or ref that may be left empty. For geometry: the shape drawn on the map (line, polygon; &quot;any&quot;: point, line or polygon). For choices: the vocabulary of ``app.domain.labels`` whose labels the reader sees.</extracomment>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <extracomment>Field keys (record fields, the columns and arguments the CLI and the importers take) → the name a form gives the field, for the field a ``ValidationError`` names. Record fields are named as the GUI&apos;s record form labels them (same context and text: one translation for both). English names the key as the command takes it, unchanged; a reader of another language reads « Catégorie (category) : est obligatoire », the form&apos;s word and the key to type.
----------
The language the record&apos;s free text is written in (``text_lang``).</extracomment>
        <translation>Langue du texte</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Releasable to</source>
        <translation>Communicable à</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Unité déclarante</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>of them civilians</source>
        <translation>dont civils</translation>
    </message>
    <message>
        <source>of them peacekeepers</source>
        <translation>dont Casques bleus</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Comma-separated, impartial names</source>
        <translation>Séparés par des virgules, noms impartiaux</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Nation</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3: NPL</source>
        <translation>ISO 3166 alpha-3 : NPL</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Unité supérieure</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Symbol (SIDC)</source>
        <translation>Symbole (SIDC)</translation>
    </message>
    <message>
        <source>20 digits, e.g. 10031000161211000000</source>
        <translation>20 chiffres, p. ex. 10031000161211000000</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>personnel</source>
        <translation>personnels</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Unité responsable</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrouille</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinéraire suivi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Party on the left</source>
        <translation>Partie à gauche</translation>
    </message>
    <message>
        <source>Party on the right</source>
        <translation>Partie à droite</translation>
    </message>
    <message>
        <source>Buffer (each side)</source>
        <translation>Zone tampon (de chaque côté)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation>Date de l&apos;accord</translation>
    </message>
    <message>
        <source>Map item</source>
        <translation>Élément cartographique</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Status (routes, roads)</source>
        <translation>État (itinéraires, routes)</translation>
    </message>
    <message>
        <source>optional: control measure, e.g. 10032500001303000000</source>
        <translation>facultatif : mesure de coordination, p. ex. 10032500001303000000</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>optional: #1d5fbf (else the type&apos;s)</source>
        <translation>facultatif : #1d5fbf (sinon celle du type)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Choice fields whose keys the domain labels (``app.domain.labels.VOCABULARIES``). ``status`` means a different vocabulary for each kind. Choices shown with their code first (&quot;B – usually reliable&quot;).</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>point</source>
        <extracomment>The shapes a map item takes, as the type list names them.</extracomment>
        <translation>point</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Place point</source>
        <extracomment>GeoJSON geometry type → the shape of a map item drawn so.</extracomment>
        <translation>Placer le point</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>Tracer la ligne</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Tracer la zone</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>The user asked to pick the location on the map. Draw the geometry field on the map: field name, shape (&apos;line&apos; | &apos;polygon&apos;). Edit the vertices of the geometry field on the map: field name. Called with the form on Save; raises AppError to keep the form open with the message.</extracomment>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Entrée enregistre</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Still needed: {fields}</source>
        <translation>Reste à remplir : {fields}</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>position report</source>
        <translation>compte rendu de position</translation>
    </message>
    <message>
        <source>patrol area</source>
        <translation>zone de patrouille</translation>
    </message>
    <message>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <source>ceasefire line</source>
        <translation>ligne de cessez-le-feu</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>map item</source>
        <translation>élément cartographique</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Mission database damaged</source>
        <extracomment>Default minutes between automatic backups while the GUI runs (QSettings backup/interval_min). The change-log sources whose writes this window shows already (none by default).</extracomment>
        <translation>Base de données de la mission endommagée</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest healthy backup, taken {when} ({reason})? Changes made after it are lost; the damaged file is kept beside the database.</source>
        <translation>{problem}

Restaurer la dernière sauvegarde saine, prise le {when} ({reason}) ? Les modifications postérieures seront perdues ; le fichier endommagé est conservé à côté de la base.</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Save current view…</source>
        <extracomment>A SavedView to apply to the map (click, number key, slideshow). Emitted with the list of view names after every change. Builds a SavedView of what the map shows now, under a name (set by the controller). Where refused input goes (the main window&apos;s one error sink).</extracomment>
        <translation>Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Start slideshow</source>
        <translation>Lancer le diaporama</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds each view stays on screen during the slideshow</source>
        <translation>Secondes d&apos;affichage de chaque vue pendant le diaporama</translation>
    </message>
    <message>
        <source>Keys 1–9 recall the first nine views.</source>
        <translation>Les touches 1 à 9 rappellent les neuf premières vues.</translation>
    </message>
    <message>
        <source>every</source>
        <translation>toutes les</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>fenêtre temporelle</translation>
    </message>
    <message>
        <source>Stop slideshow</source>
        <translation>Arrêter le diaporama</translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation>Vue {number}</translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the saved view “{name}”?</source>
        <translation>Supprimer la vue enregistrée « {name} » ?</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>SidcWords</name>
    <message>
        <source>pending</source>
        <extracomment>Affiliations and symbol sets of a SIDC (``app.domain.sidc``), as the panel names them.</extracomment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>assumed friend</source>
        <translation>ami présumé</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>ami</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>hostile</translation>
    </message>
    <message>
        <source>joker</source>
        <translation>joker</translation>
    </message>
    <message>
        <source>faker</source>
        <translation>faker</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>air missile</source>
        <translation>missile (air)</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>space missile</source>
        <translation>missile (espace)</translation>
    </message>
    <message>
        <source>land unit</source>
        <translation>unité terrestre</translation>
    </message>
    <message>
        <source>land civilian</source>
        <translation>civil terrestre</translation>
    </message>
    <message>
        <source>land equipment</source>
        <translation>équipement terrestre</translation>
    </message>
    <message>
        <source>land installation</source>
        <translation>installation terrestre</translation>
    </message>
    <message>
        <source>control measure</source>
        <translation>mesure de coordination</translation>
    </message>
    <message>
        <source>dismounted individual</source>
        <translation>individu débarqué</translation>
    </message>
    <message>
        <source>sea surface</source>
        <translation>surface maritime</translation>
    </message>
    <message>
        <source>sea subsurface</source>
        <translation>sous-marin</translation>
    </message>
    <message>
        <source>mine warfare</source>
        <translation>guerre des mines</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>special operations</source>
        <translation>opérations spéciales</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbole</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>quartier général</translation>
    </message>
    <message>
        <source>{affiliation} {echelon} {headquarters} {symbol_set}</source>
        <translation>{symbol_set} · {affiliation} · {echelon} · {headquarters}</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>on the line</source>
        <translation>sur la ligne</translation>
    </message>
</context>
<context>
    <name>Sitrep</name>
    <message>
        <source>Outside any area</source>
        <translation>Hors de toute zone</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>{mission} — Daily situation report</source>
        <translation>{mission} — Rapport de situation quotidien</translation>
    </message>
    <message>
        <source>{start} to {end} ({hours} h)</source>
        <translation>du {start} au {end} ({hours} h)</translation>
    </message>
    <message>
        <source>Period {period}; compared with {previous_start} to {start}. Produced {produced}.</source>
        <translation>Période {period}&#xa0;; comparée à la période du {previous_start} au {start}. Établi le {produced}.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>previous {n}</source>
        <translation>période précédente&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Ceasefire violations</source>
        <translation>Violations du cessez-le-feu</translation>
    </message>
    <message>
        <source>Significant incidents</source>
        <translation>Incidents significatifs</translation>
    </message>
    <message>
        <source>severity ≥ {n} or fatal</source>
        <translation>gravité ≥ {n} ou mortels</translation>
    </message>
    <message>
        <source>Patrol areas overdue</source>
        <translation>Zones de patrouille en retard</translation>
    </message>
    <message numerus="yes">
        <source>of %n area(s)</source>
        <translation>
            <numerusform>sur %n zone</numerusform>
            <numerusform>sur %n zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Situation map</source>
        <translation>Carte de situation</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Incidents par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No incidents by category in either period.</source>
        <translation>Aucun incident par catégorie sur l&apos;une ou l&apos;autre période.</translation>
    </message>
    <message>
        <source>Incidents by {area_type}</source>
        <translation>Incidents par {area_type}</translation>
    </message>
    <message>
        <source>The mission has no areas.</source>
        <translation>La mission n&apos;a défini aucune zone.</translation>
    </message>
    <message>
        <source>No incidents by area in either period.</source>
        <translation>Aucun incident par zone sur l&apos;une ou l&apos;autre période.</translation>
    </message>
    <message>
        <source>Ceasefire violations by line and side</source>
        <translation>Violations du cessez-le-feu par ligne et par côté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Party on that side</source>
        <translation>Partie de ce côté</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>No ceasefire violations in this period.</source>
        <translation>Aucune violation du cessez-le-feu sur la période.</translation>
    </message>
    <message>
        <source>Patrol coverage</source>
        <translation>Couverture des patrouilles</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>Patrol area</source>
        <translation>Zone de patrouille</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrouilles</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Last patrolled</source>
        <translation>Dernière patrouille</translation>
    </message>
    <message>
        <source>No patrol areas are valid at the end of the period.</source>
        <translation>Aucune zone de patrouille n&apos;est en vigueur à la fin de la période.</translation>
    </message>
    <message>
        <source>DTG</source>
        <translation>GDH</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Sev.</source>
        <comment>severity, abbreviated</comment>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Tués</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <source>Language of the text: {tag} (not translated)</source>
        <translation>Langue du texte : {tag} (non traduit)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lat, lon</source>
        <translation>Lat., long.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the incident log).</source>
        <translation>
            <numerusform>… et %n autre (voir le journal des incidents).</numerusform>
            <numerusform>… et %n autres (voir le journal des incidents).</numerusform>
        </translation>
    </message>
    <message>
        <source>No significant incidents in this period.</source>
        <translation>Aucun incident significatif sur la période.</translation>
    </message>
    <message>
        <source>Source: {mission} mission database, Blue Helmet COP. Marked {marking}: the highest classification of the records behind these figures. The application helps follow marking rules; it is not an accredited guard.</source>
        <translation>Source&#xa0;: base de données de la mission {mission}, Blue Helmet COP. Marqué {marking}&#xa0;: la classification la plus élevée des enregistrements à l&apos;origine de ces chiffres. L&apos;application aide à respecter les règles de marquage&#xa0;; ce n&apos;est pas une passerelle de sécurité homologuée.</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>patrol</source>
        <translation>patrouille</translation>
    </message>
    <message>
        <source>observation post</source>
        <translation>poste d&apos;observation</translation>
    </message>
    <message>
        <source>local population</source>
        <translation>population locale</translation>
    </message>
    <message>
        <source>liaison with the parties</source>
        <translation>liaison avec les parties</translation>
    </message>
    <message>
        <source>humanitarian partner</source>
        <translation>partenaire humanitaire</translation>
    </message>
    <message>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <source>partner unit</source>
        <translation>unité partenaire</translation>
    </message>
    <message>
        <source>sensor</source>
        <translation>capteur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>SourceReliability</name>
    <message>
        <source>completely reliable</source>
        <translation>totalement fiable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>habituellement fiable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>assez fiable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>habituellement peu fiable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>fiabilité impossible à évaluer</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>An offline common operating picture for peacekeeping missions. Each mission is one database file: start a new one for a real deployment, open one you have, or look around in the training demo.</source>
        <extracomment>Item data role holding a recent mission&apos;s path.</extracomment>
        <translation>Situation opérationnelle commune hors ligne pour les missions de maintien de la paix. Chaque mission est un fichier de base de données&#xa0;: créez-en une pour un déploiement réel, ouvrez celle que vous avez, ou découvrez l&apos;application avec la démonstration d&apos;entraînement.</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <source>An empty mission: its name, classification labels and file.</source>
        <translation>Une mission vide&#xa0;: son nom, ses niveaux de classification et son fichier.</translation>
    </message>
    <message>
        <source>Open mission…</source>
        <translation>Ouvrir une mission…</translation>
    </message>
    <message>
        <source>A mission database file (.db).</source>
        <translation>Un fichier de base de données de mission (.db).</translation>
    </message>
    <message>
        <source>Open the training demo</source>
        <translation>Ouvrir la démonstration d&apos;entraînement</translation>
    </message>
    <message>
        <source>Fictional data marked {mark}, in its own file: never in a mission.</source>
        <translation>Données fictives marquées {mark}, dans un fichier distinct.</translation>
    </message>
    <message>
        <source>Recent missions</source>
        <translation>Missions récentes</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>units</source>
        <extracomment>``stats`` rows in words (the English is the --json key with spaces).</extracomment>
        <translation>unités</translation>
    </message>
    <message>
        <source>position reports</source>
        <translation>comptes rendus de position</translation>
    </message>
    <message>
        <source>patrol areas</source>
        <translation>zones de patrouille</translation>
    </message>
    <message>
        <source>patrols</source>
        <translation>patrouilles</translation>
    </message>
    <message>
        <source>ceasefire lines</source>
        <translation>lignes de cessez-le-feu</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>map items</source>
        <translation>éléments cartographiques</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflits</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>reported</source>
        <extracomment>Each vocabulary: its ``.ts`` context and key → English label.</extracomment>
        <translation>signalé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{source_path}: no mission database to back up</source>
        <extracomment>Automatic backups kept per database (manual ones with --out are the user&apos;s to keep).</extracomment>
        <translation>{source_path} : aucune base de mission à sauvegarder</translation>
    </message>
    <message>
        <source>backup reason {reason}: lower-case words and dashes only</source>
        <translation>motif de sauvegarde {reason} : mots en minuscules et tirets seulement</translation>
    </message>
    <message>
        <source>cannot back up {source_path} to {target}: {exc}</source>
        <translation>impossible de sauvegarder {source_path} dans {target} : {exc}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: not an SQLite database</source>
        <translation>{path} : pas une base SQLite</translation>
    </message>
    <message>
        <source>{path}: an SQLite file, but not a Blue Helmet mission database</source>
        <translation>{path} : un fichier SQLite, mais pas une base de mission Blue Helmet</translation>
    </message>
    <message>
        <source>{path}: written by a newer Blue Helmet COP (schema {version})</source>
        <translation>{path} : écrite par une version plus récente de Blue Helmet COP (schéma {version})</translation>
    </message>
    <message>
        <source>{path}: damaged ({result})</source>
        <translation>{path} : endommagée ({result})</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a database ({exc})</source>
        <translation>{path} : illisible en tant que base de données ({exc})</translation>
    </message>
    <message>
        <source>restore refused: {problem}</source>
        <translation>restauration refusée : {problem}</translation>
    </message>
    <message>
        <source>cannot restore into {target}: {exc}</source>
        <translation>impossible de restaurer dans {target} : {exc}</translation>
    </message>
    <message>
        <source>{path}: already holds {count} records; copy into an empty mission</source>
        <extracomment>Meta keys that belong to an installation, not to the mission: never copied. Records written per statement batch (bounded memory per batch, not per mission).</extracomment>
        <translation>{path} : contient déjà {count} enregistrements ; copiez dans une mission vide</translation>
    </message>
    <message>
        <source>the copy&apos;s digest {copied}… differs from the source&apos;s {digest}…; nothing was written</source>
        <translation>le condensé de la copie {copied}… diffère de celui de la source {digest}… ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path}: cannot write the place-name index ({exc})</source>
        <translation>{path} : impossible d&apos;écrire l&apos;index des noms de lieux ({exc})</translation>
    </message>
    <message>
        <source>{path}: not a readable place-name index ({exc})</source>
        <translation>{path} : index des noms de lieux illisible ({exc})</translation>
    </message>
    <message>
        <source>{path}: cannot connect ({detail})</source>
        <extracomment>A timestamptz as the fixed-width UTC text SQLite stores (``format_utc``). Kinds whose time columns (``_TIME_COLUMNS``) are NOT NULL in the schema. Rows of one table written in one transaction from which the store refreshes that table&apos;s planner statistics after the commit (``PostgisStore.refresh_statistics``). Rows written per table in the current outermost transaction (for ``BULK_ROWS``).</extracomment>
        <translation>{path} : connexion impossible ({detail})</translation>
    </message>
    <message>
        <source>{path}: was written by a newer version of Blue Helmet COP (schema {version}, this version knows up to {latest})</source>
        <translation>{path} : a été écrite par une version plus récente de Blue Helmet COP (schéma {version}, cette version connaît jusqu&apos;au {latest})</translation>
    </message>
    <message>
        <source>{path}: is not a Blue Helmet mission database</source>
        <translation>{path} : n&apos;est pas une base de mission Blue Helmet</translation>
    </message>
    <message>
        <source>{path}: holds other tables; not a Blue Helmet mission database</source>
        <translation>{path} : contient d&apos;autres tables ; ce n&apos;est pas une base de mission Blue Helmet</translation>
    </message>
    <message>
        <source>{path}: cannot open as a mission database ({exc})</source>
        <translation>{path} : impossible d&apos;ouvrir comme base de mission ({exc})</translation>
    </message>
    <message>
        <source>{path}: opened read-only; nothing can be written</source>
        <translation>{path} : ouverte en lecture seule ; rien ne peut être écrit</translation>
    </message>
    <message>
        <source>cannot write: {exc}; nothing was written</source>
        <translation>écriture impossible : {exc} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path}: refused: {exc}; nothing was written</source>
        <translation>{path} : refusé : {exc} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path}: {exc}; nothing was written</source>
        <translation>{path} : {exc} ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>not a record table: {table}</source>
        <translation>pas une table d&apos;enregistrements : {table}</translation>
    </message>
    <message>
        <source>{path}: a query returned nothing</source>
        <translation>{path} : une requête n&apos;a rien renvoyé</translation>
    </message>
    <message>
        <source>{kind} {record_id} is already deleted</source>
        <translation>{kind} {record_id} est déjà supprimé</translation>
    </message>
    <message>
        <source>{classification} is not one of this mission&apos;s labels: {labels}</source>
        <translation>{classification} ne fait pas partie des niveaux de classification de la mission : {labels}</translation>
    </message>
    <message>
        <source>{category} is not in this mission&apos;s category list</source>
        <translation>{category} ne figure pas dans la liste des catégories de la mission</translation>
    </message>
    <message>
        <source>no unit with id {unit_id}</source>
        <translation>aucune unité d&apos;identifiant {unit_id}</translation>
    </message>
    <message>
        <source>no attachment with SHA-256 {sha256} in this database</source>
        <translation>aucune pièce jointe de SHA-256 {sha256} dans cette base</translation>
    </message>
    <message>
        <source>choose local or remote</source>
        <translation>choisissez local ou remote</translation>
    </message>
    <message>
        <source>no conflict with id {conflict_id}</source>
        <translation>aucun conflit d&apos;identifiant {conflict_id}</translation>
    </message>
    <message>
        <source>conflict {conflict_id} was already resolved ({resolution})</source>
        <translation>le conflit {conflict_id} a déjà été résolu ({resolution})</translation>
    </message>
    <message>
        <source>no {kind} with id {record_id}</source>
        <translation>{kind} d&apos;identifiant {record_id} introuvable</translation>
    </message>
    <message>
        <source>no record with id {record_id}</source>
        <translation>aucun enregistrement d&apos;identifiant {record_id}</translation>
    </message>
    <message>
        <source>{kind} records have no location</source>
        <translation>les enregistrements {kind} n&apos;ont pas d&apos;emplacement</translation>
    </message>
    <message>
        <source>{kind} records have no time</source>
        <translation>les enregistrements {kind} n&apos;ont pas d&apos;heure</translation>
    </message>
    <message>
        <source>only incidents have categories</source>
        <translation>seuls les incidents ont des catégories</translation>
    </message>
    <message>
        <source>{kind} records do not name a unit</source>
        <translation>les enregistrements {kind} ne désignent pas d&apos;unité</translation>
    </message>
    <message>
        <source>{kind} records have no text to search</source>
        <translation>les enregistrements {kind} n&apos;ont pas de texte à rechercher</translation>
    </message>
    <message>
        <source>not incident columns: {unknown}</source>
        <translation>colonnes qui ne sont pas celles d&apos;un incident : {unknown}</translation>
    </message>
    <message>
        <source>schema is at step {step} of {latest}; opening it for writing upgrades it</source>
        <translation>le schéma est à l&apos;étape {step} sur {latest} ; l&apos;ouvrir en écriture le met à niveau</translation>
    </message>
    <message>
        <source>{table}: {record_id} no longer reads as a record ({exc})</source>
        <translation>{table} : {record_id} ne se lit plus comme un enregistrement ({exc})</translation>
    </message>
    <message>
        <source>{table}: {id} does not match its content hash</source>
        <translation>{table} : {id} ne correspond pas à son empreinte de contenu</translation>
    </message>
    <message>
        <source>{table}: {record_id} has invalid geometry ({reason})</source>
        <translation>{table} : {record_id} a une géométrie invalide ({reason})</translation>
    </message>
    <message>
        <source>{table}: {record_id} names unknown unit {unit_id}</source>
        <translation>{table} : {record_id} désigne une unité inconnue {unit_id}</translation>
    </message>
    <message>
        <source>change_log: unknown kind {kind}</source>
        <translation>change_log : type inconnu {kind}</translation>
    </message>
    <message>
        <source>{unlogged} records have no change-log line for their version</source>
        <translation>{unlogged} enregistrements n&apos;ont pas de ligne du journal des modifications pour leur version</translation>
    </message>
    <message>
        <source>attachments: {sha} does not match its contents</source>
        <translation>pièces jointes : {sha} ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>{table}: the spatial index finds {by_index} of {by_rows} shapes</source>
        <translation>{table} : l&apos;index spatial trouve {by_index} formes sur {by_rows}</translation>
    </message>
    <message>
        <source>spatial index check: {exc}</source>
        <translation>contrôle de l&apos;index spatial : {exc}</translation>
    </message>
    <message>
        <source>{name} is not installed (Debian: postgresql-client-15)</source>
        <translation>{name} n&apos;est pas installé (Debian : postgresql-client-15)</translation>
    </message>
    <message>
        <source>cannot back up {url}: {stderr}</source>
        <translation>impossible de sauvegarder {url} : {stderr}</translation>
    </message>
    <message>
        <source>{path}: not a PostgreSQL custom-format dump ({stderr})</source>
        <translation>{path} : pas une sauvegarde PostgreSQL au format personnalisé ({stderr})</translation>
    </message>
    <message>
        <source>{path}: a PostgreSQL dump, but not of a Blue Helmet mission</source>
        <translation>{path} : une sauvegarde PostgreSQL, mais pas d&apos;une mission Blue Helmet</translation>
    </message>
    <message>
        <source>{shown}: cannot connect ({exc})</source>
        <translation>{shown} : connexion impossible ({exc})</translation>
    </message>
    <message>
        <source>restore refused: {shown} is not empty ({row} tables or sequences); restore into a new database (createdb) and point the workstations at it</source>
        <translation>restauration refusée : {shown} n&apos;est pas vide ({row} tables ou séquences) ; restaurez dans une nouvelle base (createdb) et dirigez-y les postes de travail</translation>
    </message>
    <message>
        <source>cannot restore {path} into {shown}: {stderr}; nothing was loaded</source>
        <translation>impossible de restaurer {path} dans {shown} : {stderr} ; rien n&apos;a été chargé</translation>
    </message>
    <message>
        <source>nation {nation}</source>
        <extracomment>What a mission user may read (records through the policies; settings and lists whole).</extracomment>
        <translation>nation {nation}</translation>
    </message>
    <message>
        <source>organisation {org}</source>
        <translation>organisation {org}</translation>
    </message>
    <message>
        <source>accreditation {label}</source>
        <translation>habilitation {label}</translation>
    </message>
    <message>
        <source>lowest label only</source>
        <translation>niveau le plus bas seulement</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>{name}: {parts} (added {added_at})</source>
        <translation>{name} : {parts} (ajouté le {added_at})</translation>
    </message>
    <message>
        <source>{path}: users are managed by the mission&apos;s own role (the owner of its tables), not by a read-only connection</source>
        <translation>{path} : les utilisateurs sont gérés par le rôle propre à la mission (le propriétaire de ses tables), pas par une connexion en lecture seule</translation>
    </message>
    <message>
        <source>{name}: use lower-case letters, digits and _ (63 at most), not a digit first</source>
        <translation>{name} : utilisez des minuscules, des chiffres et _ (63 au plus), sans chiffre en tête</translation>
    </message>
    <message>
        <source>{nation} is not an ISO 3166 alpha-3 code (e.g. FRA)</source>
        <translation>{nation} n&apos;est pas un code ISO 3166 alpha-3 (p. ex. FRA)</translation>
    </message>
    <message>
        <source>{org} is not an organisation token (e.g. UN, NATO)</source>
        <translation>{org} n&apos;est pas un sigle d&apos;organisation (p. ex. UN, NATO)</translation>
    </message>
    <message>
        <source>MISSION is passed by every mission user; name an organisation</source>
        <translation>tout utilisateur de la mission satisfait MISSION ; nommez une organisation</translation>
    </message>
    <message>
        <source>{accreditation} is not one of this mission&apos;s labels: {labels}</source>
        <translation>{accreditation} ne fait pas partie des niveaux de classification de la mission : {labels}</translation>
    </message>
    <message>
        <source>a role named {name} exists already on this server; choose another name</source>
        <translation>un rôle nommé {name} existe déjà sur ce serveur ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{path}: cannot create roles ({exc}); connect as a role with CREATEROLE that owns the mission&apos;s tables</source>
        <translation>{path} : impossible de créer des rôles ({exc}) ; connectez-vous avec un rôle doté de CREATEROLE et propriétaire des tables de la mission</translation>
    </message>
    <message>
        <source>{name} is not a user of this mission</source>
        <translation>{name} n&apos;est pas un utilisateur de cette mission</translation>
    </message>
    <message>
        <source>records are marked {missing}; keep those labels in the list</source>
        <extracomment>Setting → meta key. Sync settings a mission authority&apos;s notice may change too (setting → meta key).</extracomment>
        <translation>des enregistrements sont marqués {missing} ; gardez ces niveaux dans la liste</translation>
    </message>
    <message>
        <source>{key} is in the list twice</source>
        <translation>{key} figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>keep at least one category in use</source>
        <translation>gardez au moins une catégorie en usage</translation>
    </message>
    <message>
        <source>{dropped} used by incidents; retire instead of removing</source>
        <translation>{dropped} utilisé par des incidents ; retirez-le au lieu de le supprimer</translation>
    </message>
    <message>
        <source>{key} is used by incidents; retire it instead</source>
        <translation>{key} est utilisée par des incidents ; retirez-la plutôt</translation>
    </message>
    <message>
        <source>{path}: folder {parent} does not exist</source>
        <extracomment>From this many new rows of one table in one write, indexes are filled in bulk. Per kind: the columns that bound a record in time (start, end) for time-window queries. Incident columns a summary (map layer, table) needs; see ``incident_columns``. Earlier versions of the record its sender had seen, newest first. new, updated, unchanged, stale or kept (see ``app.sync.merge.Action``). The record&apos;s row (``record_to_row``) when the caller already built it for the merge.</extracomment>
        <translation>{path} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path}: no mission database there</source>
        <translation>{path} : aucune base de mission à cet emplacement</translation>
    </message>
    <message>
        <source>{path}: is an SQLite file but not a Blue Helmet mission database</source>
        <extracomment>Record kinds whose table exists: all of them, except in a read-only look at a database made before a later kind was added (it reads as having none of that kind).</extracomment>
        <translation>{path} : est un fichier SQLite mais pas une base de mission Blue Helmet</translation>
    </message>
    <message>
        <source>{path}: the database is busy ({exc}); try again</source>
        <translation>{path} : la base est occupée ({exc}) ; réessayez</translation>
    </message>
    <message>
        <source>{path}: cannot commit ({exc}); nothing was written</source>
        <translation>{path} : validation impossible ({exc}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot write {table}: {exc}</source>
        <translation>impossible d&apos;écrire {table} : {exc}</translation>
    </message>
    <message>
        <source>expected west,south,east,north</source>
        <extracomment>Kind → the columns bounding its live records (west, south, east, north).</extracomment>
        <translation>attendu : ouest,sud,est,nord</translation>
    </message>
    <message>
        <source>has a value that is not a finite number</source>
        <translation>contient une valeur qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>longitudes must lie within -180…180</source>
        <translation>les longitudes doivent être comprises entre -180 et 180</translation>
    </message>
    <message>
        <source>latitudes must lie within -90…90 with south ≤ north</source>
        <translation>les latitudes doivent être comprises entre -90 et 90, avec sud ≤ nord</translation>
    </message>
    <message>
        <source>no saved view named {name}</source>
        <extracomment>One stored view: name, position (0 first) and its spec as JSON text.</extracomment>
        <translation>aucune vue enregistrée nommée {name}</translation>
    </message>
    <message>
        <source>a view named {new_name} exists</source>
        <translation>une vue nommée {new_name} existe déjà</translation>
    </message>
</context>
<context>
    <name>Symbols</name>
    <message>
        <source>expected a symbol code as text, got {code!r}</source>
        <extracomment>Standard identity digit (position 4) → affiliation name. Symbol set (positions 5-6) → short name. Only the sets 2525D/E actually define. Echelon amplifier (positions 9-10) → echelon name, in ascending size. Every value 2525D defines for positions 9-10: none, echelons, mobility (3x wheeled/tracked/ towed/rail/pack animals, 4x snow, 5x water), towed arrays (6x) and leadership (7x). HQ / task force / feint-dummy digit (position 8) → (headquarters, task force, dummy). Affiliation letter (position 2) → (affiliation name, exercise?). Battle dimension / category (position 3) per scheme → symbol set short name. For the warfighting ground dimension the function id refines it (see ``_letter_symbol_set``). Base affiliation letters and their exercise counterparts, position for position. Position 11 modifier letters: A HQ, B task force HQ, C dummy HQ, D dummy task force HQ, E task force, F dummy, G dummy task force; H installation, M mobility, N towed array. Affiliation names accepted by :func:`with_affiliation`. Echelon names, smallest first, as :func:`describe_sidc` reports them.</extracomment>
        <translation>un code de symbole sous forme de texte est attendu, reçu {code!r}</translation>
    </message>
    <message>
        <source>the symbol code is empty</source>
        <translation>le code de symbole est vide</translation>
    </message>
    <message>
        <source>symbol code {value!r} is {count} characters long; expected 20 digits (2525D/E, APP-6(D)) or 15 letters (2525C, APP-6(B))</source>
        <translation>le code de symbole {value!r} fait {count} caractères ; 20 chiffres (2525D/E, APP-6(D)) ou 15 lettres (2525C, APP-6(B)) attendus</translation>
    </message>
    <message>
        <source>{affiliation!r} is not one of: {choices}</source>
        <translation>{affiliation!r} n&apos;est pas l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>weather code {text!r} has no affiliation to set</source>
        <translation>le code météo {text!r} n&apos;a pas d&apos;affiliation à définir</translation>
    </message>
    <message>
        <source>{echelon!r} is not one of: {choices}</source>
        <translation>{echelon!r} n&apos;est pas l&apos;un de : {choices}</translation>
    </message>
    <message>
        <source>weather code {text!r} has no echelon to set</source>
        <translation>le code météo {text!r} n&apos;a pas d&apos;échelon à définir</translation>
    </message>
    <message>
        <source>symbol code {text!r} uses position 12 for an installation, mobility or towed-array modifier, so it cannot carry an echelon</source>
        <translation>le code de symbole {text!r} utilise la position 12 pour un modificateur d&apos;installation, de mobilité ou de réseau remorqué : il ne peut donc pas porter d&apos;échelon</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}; a 20-digit code holds digits only</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position} ; un code à 20 chiffres ne contient que des chiffres</translation>
    </message>
    <message>
        <source>symbol code {text!r} has version {value!r} at positions 1-2; expected 10, 11 or 13</source>
        <translation>le code de symbole {text!r} a la version {value!r} en positions 1-2 ; 10, 11 ou 13 attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has context {value!r} at position 3; expected 0 (reality), 1 (exercise) or 2 (simulation)</source>
        <translation>le code de symbole {text!r} a le contexte {value!r} en position 3 ; 0 (réalité), 1 (exercice) ou 2 (simulation) attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has standard identity {value!r} at position 4; expected a digit from 0 to 6</source>
        <translation>le code de symbole {text!r} a l&apos;identité standard {value!r} en position 4 ; un chiffre de 0 à 6 attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has symbol set {value!r}, which the standard does not define at positions 5-6; expected one of {choices}</source>
        <translation>le code de symbole {text!r} a en positions 5-6 le jeu de symboles {value!r}, que la norme ne définit pas ; l&apos;un de {choices} attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has status {value!r} at position 7; expected a digit from 0 to 5</source>
        <translation>le code de symbole {text!r} a le statut {value!r} en position 7 ; un chiffre de 0 à 5 attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has headquarters/task force/dummy {value!r} at position 8; expected a digit from 0 to 7</source>
        <translation>le code de symbole {text!r} a la valeur quartier général/force opérationnelle/leurre {value!r} en position 8 ; un chiffre de 0 à 7 attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has echelon/mobility amplifier {value!r}, which the standard does not define at positions 9-10; expected 00, an echelon (11-18, 21-26), a mobility or towed array (31-37, 41-42, 51-52, 61-62) or a leadership value (71-72)</source>
        <translation>le code de symbole {text!r} a en positions 9-10 l&apos;amplificateur échelon/mobilité {value!r}, que la norme ne définit pas ; attendu 00, un échelon (11-18, 21-26), une mobilité ou un réseau remorqué (31-37, 41-42, 51-52, 61-62) ou une valeur de commandement (71-72)</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}; a 15-character code holds letters, digits, &apos;-&apos; and &apos;*&apos; only</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position} ; un code à 15 caractères ne contient que des lettres, des chiffres, &apos;-&apos; et &apos;*&apos;</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not a coding scheme; expected S, G, W, I, O or E</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas un schéma de codage ; S, G, W, I, O ou E attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, inside the function id, which takes letters, digits or &apos;-&apos;</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, dans l&apos;identifiant de fonction, qui prend des lettres, des chiffres ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not a weather category; expected A, O or S</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas une catégorie météo ; A, O ou S attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {text2!r} at positions 3-4; a weather code needs &apos;S-&apos; (static) or &apos;-D&apos; (dynamic) there</source>
        <translation>le code de symbole {text!r} a {text2!r} en positions 3-4 ; un code météo y demande &apos;S-&apos; (statique) ou &apos;-D&apos; (dynamique)</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not an affiliation; expected one of PUAFNSHGWMDLJK</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas une affiliation ; l&apos;un de PUAFNSHGWMDLJK attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not a battle dimension of the {scheme} scheme; expected one of {choices}</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas une dimension de combat du schéma {scheme} ; l&apos;un de {choices} attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not a status in the {scheme} scheme; expected one of {choices}</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas un statut du schéma {scheme} ; l&apos;un de {choices} attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has country code {country!r} at positions 13-14; expected two letters, &apos;--&apos; or &apos;**&apos;</source>
        <translation>le code de symbole {text!r} a le code pays {country!r} en positions 13-14 ; deux lettres, &apos;--&apos; ou &apos;**&apos; attendus</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not an order of battle; expected A, C, E, G, N, S, X or &apos;-&apos;</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas un ordre de bataille ; A, C, E, G, N, S, X ou &apos;-&apos; attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which tactical graphics leave as &apos;-&apos;</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, que les graphiques tactiques laissent à &apos;-&apos;</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not an echelon; expected A to N or &apos;-&apos;</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas un échelon ; A à N ou &apos;-&apos; attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, after installation modifier H; expected &apos;-&apos; or B (feint/dummy)</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, après le modificateur d&apos;installation H ; &apos;-&apos; ou B (feinte/leurre) attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, after mobility modifier M; expected one of {choices}</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, après le modificateur de mobilité M ; l&apos;un de {choices} attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, after towed-array modifier N; expected S (short) or L (long)</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, après le modificateur de réseau remorqué N ; S (court) ou L (long) attendu</translation>
    </message>
    <message>
        <source>symbol code {text!r} has {char!r} at position {position}, which is not a symbol modifier; expected A to H, M, N or &apos;-&apos;</source>
        <translation>le code de symbole {text!r} a {char!r} en position {position}, qui n&apos;est pas un modificateur de symbole ; A à H, M, N ou &apos;-&apos; attendu</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>expected text or null</source>
        <translation>texte ou null attendu</translation>
    </message>
    <message>
        <source>is not a fingerprint (16 groups of 4 upper-case hex digits)</source>
        <translation>n&apos;est pas une empreinte (16 groupes de 4 chiffres hexadécimaux en majuscules)</translation>
    </message>
    <message>
        <source>duplicate key {key!r}</source>
        <translation>clé {key!r} en double</translation>
    </message>
    <message>
        <source>a unit designation is required</source>
        <translation>une désignation d&apos;unité est requise</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is 100</source>
        <translation>compte {length} caractères ; la limite est de 100</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 alpha-3 nation code</source>
        <translation>{value} n&apos;est pas un code de nation ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 alpha-3 nation code</source>
        <translation>{code} n&apos;est pas un code de nation ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>{value} is not an organisation token such as UN</source>
        <translation>{value} n&apos;est pas un sigle d&apos;organisation comme UN</translation>
    </message>
    <message>
        <source>{token} is a nation code, not an organisation</source>
        <translation>{token} est un code de nation, pas une organisation</translation>
    </message>
    <message>
        <source>MISSION is the releasability token every partner passes</source>
        <translation>MISSION est la marque de diffusion que tout partenaire satisfait</translation>
    </message>
    <message>
        <source>{token} is not one of the mission&apos;s organisations ({orgs})</source>
        <translation>{token} ne fait pas partie des organisations de la mission ({orgs})</translation>
    </message>
    <message>
        <source>an Ed25519 public key is {size} bytes</source>
        <extracomment>Greek and Cyrillic letters (and digits) that read as Latin ones: the subset of the Unicode confusables table that matters for unit designations written in Latin script.</extracomment>
        <translation>une clé publique Ed25519 fait {size} octets</translation>
    </message>
    <message>
        <source>is not an Ed25519 public key ({exc})</source>
        <translation>n&apos;est pas une clé publique Ed25519 ({exc})</translation>
    </message>
    <message>
        <source>{what} {path} does not exist</source>
        <extracomment>When the key pair was made. The highest classification this partner is cleared to receive; None = not set, which releases only the mission&apos;s lowest label (see ``app.sync.service``).</extracomment>
        <translation>{what} {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read {what} {path}: {exc}</source>
        <translation>impossible de lire {what} {path} : {exc}</translation>
    </message>
    <message>
        <source>{what} {path} is larger than {limit} KB; it is not one</source>
        <translation>{what} {path} dépasse {limit} Ko ; ce n&apos;en est pas un</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clé en double {key}</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>{where} is not UTF-8 text</source>
        <translation>{where} n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{where} is not valid JSON ({exc})</source>
        <translation>{where} n&apos;est pas du JSON valide ({exc})</translation>
    </message>
    <message>
        <source>{where} is not a JSON object</source>
        <translation>{where} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{where}: public_key is not base64 text</source>
        <translation>{where} : public_key n&apos;est pas du texte base64</translation>
    </message>
    <message>
        <source>{where}: public_key is not valid base64</source>
        <translation>{where} : public_key n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>{where}: public_key is not in canonical base64</source>
        <translation>{where} : public_key n&apos;est pas en base64 canonique</translation>
    </message>
    <message>
        <source>{where}: public_key is {length} bytes; an Ed25519 key is {size}</source>
        <translation>{where} : public_key fait {length} octets ; une clé Ed25519 en fait {size}</translation>
    </message>
    <message>
        <source>{where}: {name} is not a UTC time such as 2026-03-05T14:30:00.000Z</source>
        <translation>{where} : {name} n&apos;est pas une heure UTC comme 2026-03-05T14:30:00.000Z</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where} : {exc}</translation>
    </message>
    <message>
        <source>{where} is not a {format_name} file (format {format})</source>
        <translation>{where} n&apos;est pas un fichier {format_name} (format {format})</translation>
    </message>
    <message>
        <source>{where}: version is not a whole number</source>
        <translation>{where} : version n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Blue Helmet (version {version}; this one reads {supported}); update the application</source>
        <translation>{where} a été écrit par une version plus récente de Blue Helmet (version {version} ; celle-ci lit la {supported}) ; mettez l&apos;application à jour</translation>
    </message>
    <message>
        <source>{where}: version {version} is not supported</source>
        <translation>{where} : la version {version} n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <source>{where}: its fingerprint {claimed} does not match its key ({actual}); the file is damaged or forged: do not trust it</source>
        <translation>{where} : son empreinte {claimed} ne correspond pas à sa clé ({actual}) ; le fichier est endommagé ou falsifié : ne lui faites pas confiance</translation>
    </message>
    <message>
        <source>{where}: org is not text</source>
        <translation>{where} : org n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{where}: its signature does not cover what it says (unit, nation, org or creation time were changed after it was signed): do not trust it</source>
        <translation>{where} : sa signature ne couvre pas ce qu&apos;il affirme (unité, nation, organisation ou date de création modifiées après la signature) : ne lui faites pas confiance</translation>
    </message>
    <message>
        <source>{where}: signature is not base64 text</source>
        <translation>{where} : signature n&apos;est pas du texte base64</translation>
    </message>
    <message>
        <source>{where}: signature is not valid base64</source>
        <translation>{where} : signature n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>{where}: signature is not {size} bytes of base64</source>
        <translation>{where} : signature n&apos;est pas {size} octets en base64</translation>
    </message>
    <message>
        <source>no identity yet; run &apos;bluehelmet identity init --unit … --nation …&apos;</source>
        <translation>aucune identité pour l&apos;instant ; lancez &apos;bluehelmet identity init --unit … --nation …&apos;</translation>
    </message>
    <message>
        <source>cannot create the identity: {exc}</source>
        <translation>impossible de créer l&apos;identité : {exc}</translation>
    </message>
    <message>
        <source> ({unit}, fingerprint {fingerprint} …)</source>
        <translation> ({unit}, empreinte {fingerprint} …)</translation>
    </message>
    <message>
        <source>an identity already exists in {folder}{which}; use --force to replace it (every partner must then trust your new key card)</source>
        <translation>une identité existe déjà dans {folder}{which} ; utilisez --force pour la remplacer (chaque partenaire devra alors approuver votre nouvelle carte de clé)</translation>
    </message>
    <message>
        <source>cannot write the identity to {folder}: {exc}</source>
        <translation>impossible d&apos;écrire l&apos;identité dans {folder} : {exc}</translation>
    </message>
    <message>
        <source>identity file</source>
        <translation>le fichier d&apos;identité</translation>
    </message>
    <message>
        <source>the private key {path} is missing; restore it from a backup, or make a new identity with &apos;bluehelmet identity init … --force&apos;</source>
        <translation>la clé privée {path} est absente ; restaurez-la depuis une sauvegarde, ou créez une nouvelle identité avec &apos;bluehelmet identity init … --force&apos;</translation>
    </message>
    <message>
        <source>cannot open the private key {path}: {exc}</source>
        <translation>impossible d&apos;ouvrir la clé privée {path} : {exc}</translation>
    </message>
    <message>
        <source>the private key {path} is not a regular file</source>
        <translation>la clé privée {path} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the private key {path} can be read by other users (mode {mode}); fix it with: chmod 600 {path}</source>
        <translation>la clé privée {path} est lisible par d&apos;autres utilisateurs (mode {mode}) ; corrigez avec : chmod 600 {path}</translation>
    </message>
    <message>
        <source>the private key {path} is too large to be a key</source>
        <translation>la clé privée {path} est trop grande pour être une clé</translation>
    </message>
    <message>
        <source>the private key {path} cannot be read ({exc})</source>
        <translation>la clé privée {path} est illisible ({exc})</translation>
    </message>
    <message>
        <source>the private key {path} is not an Ed25519 key</source>
        <translation>la clé privée {path} n&apos;est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>the private key {path} does not belong to identity.json (fingerprint {short_fingerprint} …); restore the matching pair</source>
        <translation>la clé privée {path} n&apos;appartient pas à identity.json (empreinte {short_fingerprint} …) ; restaurez la paire correspondante</translation>
    </message>
    <message>
        <source>the signing key does not belong to this identity</source>
        <translation>la clé de signature n&apos;appartient pas à cette identité</translation>
    </message>
    <message>
        <source>cannot write the key card {target}: {exc}</source>
        <translation>impossible d&apos;écrire la carte de clé {target} : {exc}</translation>
    </message>
    <message>
        <source>key card {name}</source>
        <translation>carte de clé {name}</translation>
    </message>
    <message>
        <source>key card</source>
        <translation>la carte de clé</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>  unit:        {unit}</source>
        <translation>  unité :      {unit}</translation>
    </message>
    <message>
        <source>  nation:      {nation}</source>
        <translation>  nation :     {nation}</translation>
    </message>
    <message>
        <source>  org:         {org}</source>
        <translation>  org. :       {org}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>  created:     {created}</source>
        <translation>  créée le :   {created}</translation>
    </message>
    <message>
        <source>  fingerprint: {fingerprint}</source>
        <translation>  empreinte :  {fingerprint}</translation>
    </message>
    <message>
        <source>unit name {unit} mixes scripts ({scripts}); a name that mixes alphabets can pass for another unit&apos;s: ask for a card in one script</source>
        <translation>le nom d&apos;unité {unit} mélange des écritures ({scripts}) ; un nom qui mélange les alphabets peut passer pour celui d&apos;une autre unité : demandez une carte dans une seule écriture</translation>
    </message>
    <message>
        <source>unit name {unit} looks like {other}, already known here; two units that read the same cannot be told apart: ask for a distinct name</source>
        <translation>le nom d&apos;unité {unit} ressemble à {other}, déjà connu ici ; deux unités qui se lisent de la même façon ne se distinguent pas : demandez un nom distinct</translation>
    </message>
    <message>
        <source>key card of {unit}: {exc}</source>
        <translation>carte de clé de {unit} : {exc}</translation>
    </message>
    <message>
        <source>key {fingerprint} ({unit}) was revoked on {revoked_at}; a revoked key is never trusted again: ask the partner for a new key card</source>
        <translation>la clé {fingerprint} ({unit}) a été révoquée le {revoked_at} ; une clé révoquée n&apos;est plus jamais approuvée : demandez au partenaire une nouvelle carte de clé</translation>
    </message>
    <message>
        <source>key {fingerprint} is already trusted as unit {unit}, not {new_unit}</source>
        <translation>la clé {fingerprint} est déjà approuvée pour l&apos;unité {unit}, pas {new_unit}</translation>
    </message>
    <message>
        <source>unit {unit} is already trusted with key {short_fingerprint} …, not {new_fingerprint} …; if its key really changed, confirm the new fingerprint with the partner and revoke the old key first</source>
        <translation>l&apos;unité {unit} est déjà approuvée avec la clé {short_fingerprint} …, pas {new_fingerprint} … ; si sa clé a vraiment changé, confirmez la nouvelle empreinte avec le partenaire et révoquez d&apos;abord l&apos;ancienne clé</translation>
    </message>
    <message>
        <source>{unit}&apos;s key is revoked; nothing is sent to it any more</source>
        <translation>la clé de {unit} est révoquée ; plus rien ne lui est envoyé</translation>
    </message>
    <message>
        <source>key {fingerprint} ({unit}) was already revoked on {revoked_at}</source>
        <translation>la clé {fingerprint} ({unit}) a déjà été révoquée le {revoked_at}</translation>
    </message>
    <message>
        <source>no trusted partner matches {unit_or_fingerprint}</source>
        <translation>aucun partenaire approuvé ne correspond à {unit_or_fingerprint}</translation>
    </message>
    <message>
        <source>no trusted partner matches {name_or_fingerprint}</source>
        <translation>aucun partenaire approuvé ne correspond à {name_or_fingerprint}</translation>
    </message>
    <message>
        <source>key {fingerprint} is not trusted</source>
        <translation>la clé {fingerprint} n&apos;est pas approuvée</translation>
    </message>
    <message>
        <source>key {fingerprint} ({unit}) was revoked on {revoked_at}</source>
        <translation>la clé {fingerprint} ({unit}) a été révoquée le {revoked_at}</translation>
    </message>
    <message>
        <source>the trust list {where} can be changed by other users (mode {mode}); fix it with: chmod 600 {where}</source>
        <translation>la liste de confiance {where} est modifiable par d&apos;autres utilisateurs (mode {mode}) ; corrigez avec : chmod 600 {where}</translation>
    </message>
    <message>
        <source>trust list</source>
        <translation>la liste de confiance</translation>
    </message>
    <message>
        <source>{where} is not a version {supported} trust list</source>
        <translation>{where} n&apos;est pas une liste de confiance de version {supported}</translation>
    </message>
    <message>
        <source>{where}: expected exactly format, version and partners</source>
        <translation>{where} : attendu exactement format, version et partners</translation>
    </message>
    <message>
        <source>{at}: not a JSON object</source>
        <translation>{at} : pas un objet JSON</translation>
    </message>
    <message>
        <source>cannot write the trust list {path}: {exc}</source>
        <translation>impossible d&apos;écrire la liste de confiance {path} : {exc}</translation>
    </message>
    <message>
        <source>{label} is not a classification label</source>
        <translation>{label} n&apos;est pas un niveau de classification</translation>
    </message>
    <message>
        <source>{where}: accreditation is not a label</source>
        <translation>{where} : accreditation n&apos;est pas un niveau de classification</translation>
    </message>
    <message>
        <source>{where}: accreditation {value} is not a label</source>
        <translation>{where} : l&apos;habilitation {value} n&apos;est pas un niveau de classification</translation>
    </message>
    <message>
        <source>sequence file</source>
        <translation>le fichier de séquence</translation>
    </message>
    <message>
        <source>cannot write {path}: {exc}</source>
        <translation>impossible d&apos;écrire {path} : {exc}</translation>
    </message>
    <message>
        <source>package {name} refused: {member} line {number}: {exc}</source>
        <extracomment>kind → (line number, line bytes) of each distinct record, in file order. kind → the same lines parsed (strict JSON), aligned with ``lines``. SHA-256 of the file&apos;s bytes as read (once) and verified.</extracomment>
        <translation>paquet {name} refusé : {member} ligne {number} : {exc}</translation>
    </message>
    <message>
        <source>package {name} refused: {member} line {number}: not a valid {kind} record ({error})</source>
        <translation>paquet {name} refusé : {member} ligne {number} : enregistrement {kind} non valide ({error})</translation>
    </message>
    <message>
        <source>package {name} has no attachment {sha256!r}</source>
        <translation>le paquet {name} n&apos;a pas de pièce jointe {sha256!r}</translation>
    </message>
    <message>
        <source>package {name} refused: {message}</source>
        <translation>paquet {name} refusé : {message}</translation>
    </message>
    <message>
        <source>it was made for {unit} ({fingerprint} …), not for this installation ({own} …)</source>
        <translation>il a été fait pour {unit} ({fingerprint} …), pas pour cette installation ({own} …)</translation>
    </message>
    <message>
        <source>it is signed with key {fingerprint}, which is not trusted (the manifest names {unit}, {nation}); trust that partner&apos;s key card first, after comparing the fingerprint with them</source>
        <translation>il est signé avec la clé {fingerprint}, qui n&apos;est pas approuvée (le manifeste désigne {unit}, {nation}) ; approuvez d&apos;abord la carte de clé de ce partenaire, après avoir comparé l&apos;empreinte avec lui</translation>
    </message>
    <message>
        <source>it is signed with key {fingerprint} ({unit}), which was revoked on {revoked_at}</source>
        <translation>il est signé avec la clé {fingerprint} ({unit}), révoquée le {revoked_at}</translation>
    </message>
    <message>
        <source>the signature by {unit} ({short_fingerprint} …) does not match manifest.json: the package was altered or damaged</source>
        <translation>la signature de {unit} ({short_fingerprint} …) ne correspond pas à manifest.json : le paquet a été altéré ou endommagé</translation>
    </message>
    <message>
        <source>the manifest names {unit} ({nation}) as origin, but key {short_fingerprint} … belongs to {signer} ({signer_nation})</source>
        <translation>le manifeste désigne {unit} ({nation}) comme origine, mais la clé {short_fingerprint} … appartient à {signer} ({signer_nation})</translation>
    </message>
    <message>
        <source>the manifest lists {member}, which the package does not contain</source>
        <translation>le manifeste mentionne {member}, que le paquet ne contient pas</translation>
    </message>
    <message>
        <source>member {member} is not listed in the signed manifest</source>
        <translation>le membre {member} ne figure pas dans le manifeste signé</translation>
    </message>
    <message>
        <source>{name} is {usize} bytes; the manifest says {size}</source>
        <translation>{name} fait {usize} octets ; le manifeste indique {size}</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>{name} ne correspond pas à son SHA-256 dans le manifeste (altéré ou endommagé)</translation>
    </message>
    <message>
        <source>member {member} appears twice</source>
        <translation>le membre {member} apparaît deux fois</translation>
    </message>
    <message>
        <source>member {member} is a symbolic link</source>
        <translation>le membre {member} est un lien symbolique</translation>
    </message>
    <message>
        <source>member {member} is a directory</source>
        <translation>le membre {member} est un dossier</translation>
    </message>
    <message>
        <source>member {member} is encrypted</source>
        <translation>le membre {member} est chiffré</translation>
    </message>
    <message>
        <source>member {member} uses compression method {method}; only stored (0) and deflated (8) are allowed</source>
        <translation>le membre {member} utilise la méthode de compression {method} ; seules stored (0) et deflated (8) sont admises</translation>
    </message>
    <message>
        <source>member {member} is {usize} bytes; the limit is {max_member_bytes}</source>
        <translation>le membre {member} fait {usize} octets ; la limite est de {max_member_bytes}</translation>
    </message>
    <message>
        <source>its members add up to more than {max_total_bytes} bytes</source>
        <translation>ses membres totalisent plus de {max_total_bytes} octets</translation>
    </message>
    <message>
        <source>member {member} would expand {ratio} times (limit {max_ratio}): a ZIP bomb?</source>
        <translation>le membre {member} se décompresserait {ratio} fois (limite {max_ratio}) : une bombe ZIP ?</translation>
    </message>
    <message>
        <source>the signing key does not belong to the identity named as origin</source>
        <translation>la clé de signature n&apos;appartient pas à l&apos;identité désignée comme origine</translation>
    </message>
    <message>
        <source>attachment {sha!r} is not bytes</source>
        <translation>la pièce jointe {sha!r} n&apos;est pas une suite d&apos;octets</translation>
    </message>
    <message>
        <source>attachment {sha!r} is not named by its SHA-256</source>
        <translation>la pièce jointe {sha!r} n&apos;est pas nommée par son SHA-256</translation>
    </message>
    <message>
        <source>cannot write package {name}: {exc}</source>
        <translation>impossible d&apos;écrire le paquet {name} : {exc}</translation>
    </message>
    <message>
        <source>cannot write package {path}: {error}</source>
        <translation>impossible d&apos;écrire le paquet {path} : {error}</translation>
    </message>
    <message>
        <source>cannot write package {name}: more than {limit} members</source>
        <translation>impossible d&apos;écrire le paquet {name} : plus de {limit} éléments</translation>
    </message>
    <message>
        <source>cannot write package {name}: {member} is {size} bytes, above the {limit}-byte limit; send the change in smaller packages</source>
        <translation>impossible d&apos;écrire le paquet {name} : {member} fait {size} octets, au-delà de la limite de {limit} octets ; envoyez la modification en paquets plus petits</translation>
    </message>
    <message>
        <source>cannot write package {name}: {total} bytes in all, above the {limit}-byte limit; send the change in smaller packages</source>
        <translation>impossible d&apos;écrire le paquet {name} : {total} octets au total, au-delà de la limite de {limit} octets ; envoyez la modification en paquets plus petits</translation>
    </message>
    <message>
        <source>expected records, got {name}</source>
        <translation>enregistrements attendus, reçu {name}</translation>
    </message>
    <message>
        <source>manifest.json: revocations is not a list of at most {limit}</source>
        <extracomment>Default limits a reader applies; each can be raised per call for a known, larger exchange. Members smaller than this are not checked for compression ratio: they cannot hurt. For attachments only: the file name and media type its sender gave it (optional). Package numbers the sender received from the recipient, as [first, last] runs (so the recipient learns which of its packages never arrived and sends their changes again). Every revocation notice the sender holds (verified by each importer, relayed onward). The newest mission settings notice the sender holds (applied by a receiver only when signed by its mission authority; relayed onward unchanged).</extracomment>
        <translation>manifest.json : revocations n&apos;est pas une liste d&apos;au plus {limit} éléments</translation>
    </message>
    <message>
        <source>manifest.json: {problem}</source>
        <translation>manifest.json : {problem}</translation>
    </message>
    <message>
        <source>manifest.json: full is not true or false</source>
        <translation>manifest.json : full ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>manifest.json: since_seq must be null in a full package</source>
        <translation>manifest.json : since_seq doit valoir null dans un paquet complet</translation>
    </message>
    <message>
        <source>manifest.json: since_seq {since_seq} is not below sequence {sequence}</source>
        <translation>manifest.json : since_seq {since_seq} n&apos;est pas inférieur au numéro de séquence {sequence}</translation>
    </message>
    <message>
        <source>manifest.json: created_at is not a UTC time ending in Z</source>
        <translation>manifest.json : created_at n&apos;est pas une heure UTC terminée par Z</translation>
    </message>
    <message>
        <source>manifest.json: highest_classification is not a label</source>
        <translation>manifest.json : highest_classification n&apos;est pas un niveau de classification</translation>
    </message>
    <message>
        <source>manifest.json: highest_classification contains a control character</source>
        <translation>manifest.json : highest_classification contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>manifest.json: counts must list exactly the kinds that have a records member (counts: {counts}; members: {members})</source>
        <translation>manifest.json : counts doit énumérer exactement les types qui ont un membre d&apos;enregistrements (counts : {counts} ; membres : {members})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>manifest.json: acknowledged is not a list of at most {limit} runs</source>
        <extracomment>At most this many runs of acknowledged package numbers.</extracomment>
        <translation>manifest.json : acknowledged n&apos;est pas une liste d&apos;au plus {limit} plages</translation>
    </message>
    <message>
        <source>manifest.json: acknowledged holds something other than [first, last]</source>
        <translation>manifest.json : acknowledged contient autre chose que des paires [premier, dernier]</translation>
    </message>
    <message>
        <source>manifest.json: acknowledged runs are not in order</source>
        <translation>manifest.json : les plages de acknowledged ne sont pas dans l&apos;ordre</translation>
    </message>
    <message>
        <source>it is not a Blue Helmet package (format {format!r})</source>
        <translation>ce n&apos;est pas un paquet Blue Helmet (format {format!r})</translation>
    </message>
    <message>
        <source>manifest.json: format_version is not a whole number</source>
        <translation>manifest.json : format_version n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>it was written by a newer version of Blue Helmet (package format {version}; this version reads format {supported}); update the application</source>
        <translation>il a été écrit par une version plus récente de Blue Helmet (format de paquet {version} ; cette version lit le format {supported}) ; mettez l&apos;application à jour</translation>
    </message>
    <message>
        <source>package format {version} is not supported</source>
        <translation>le format de paquet {version} n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>manifest.json: {where} is not a JSON object</source>
        <translation>manifest.json : {where} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>manifest.json: {where} lacks {missing}</source>
        <translation>manifest.json : il manque {missing} dans {where}</translation>
    </message>
    <message>
        <source>manifest.json: {where} has unexpected {extra}</source>
        <translation>manifest.json : {where} contient des champs inattendus : {extra}</translation>
    </message>
    <message>
        <source>manifest.json: {name} is not a whole number</source>
        <translation>manifest.json : {name} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>manifest.json: {name} {value} is out of range</source>
        <translation>manifest.json : {name} {value} est hors limites</translation>
    </message>
    <message>
        <source>manifest.json: counts is not a JSON object</source>
        <translation>manifest.json : counts n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>manifest.json: counts names unknown record kind {kind!r}</source>
        <translation>manifest.json : counts nomme un type d&apos;enregistrement inconnu {kind!r}</translation>
    </message>
    <message>
        <source>manifest.json: members is not a JSON object</source>
        <translation>manifest.json : members n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>manifest.json: members lists {member}, which a package cannot hold</source>
        <translation>manifest.json : members mentionne {member}, qu&apos;un paquet ne peut pas contenir</translation>
    </message>
    <message>
        <source>manifest.json: {where}.sha256 is not 64 lower-case hex digits</source>
        <translation>manifest.json : {where}.sha256 n&apos;est pas formé de 64 chiffres hexadécimaux minuscules</translation>
    </message>
    <message>
        <source>manifest.json: {where} is not named by its own sha256</source>
        <translation>manifest.json : {where} ne porte pas le nom de son propre sha256</translation>
    </message>
    <message>
        <source>manifest.json: {where}.{key} is not an acceptable {what}</source>
        <translation>manifest.json : {where}.{key} n&apos;est pas une valeur acceptable ({what})</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is {size} bytes; the limit is {limit}</source>
        <translation>il fait {size} octets ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>il est illisible ({reason})</translation>
    </message>
    <message>
        <source>it is larger than the limit of {limit} bytes</source>
        <translation>il dépasse la limite de {limit} octets</translation>
    </message>
    <message>
        <source>it has no {member} (a manifest is required)</source>
        <translation>il n&apos;a pas de {member} (un manifeste est obligatoire)</translation>
    </message>
    <message>
        <source>it has no {member} (a signature is required)</source>
        <translation>il n&apos;a pas de {member} (une signature est obligatoire)</translation>
    </message>
    <message>
        <source>manifest.json is larger than {limit} bytes</source>
        <translation>manifest.json dépasse {limit} octets</translation>
    </message>
    <message>
        <source>manifest.sig is not a {size}-byte Ed25519 signature</source>
        <translation>manifest.sig n&apos;est pas une signature Ed25519 de {size} octets</translation>
    </message>
    <message>
        <source>manifest.json is not UTF-8</source>
        <translation>manifest.json n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON ({problem})</source>
        <translation>manifest.json n&apos;est pas du JSON valide ({problem})</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{member} does not end with a newline</source>
        <translation>{member} ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <source>{member} has {count} records; the manifest says {declared}</source>
        <translation>{member} contient {count} enregistrements ; le manifeste en annonce {declared}</translation>
    </message>
    <message>
        <source>{at}: id {record_id!r} is also a {other_kind} record (records/{other_kind}.ndjson line {other_line})</source>
        <translation>{at} : l&apos;identifiant {record_id!r} est aussi celui d&apos;un enregistrement {other_kind} (records/{other_kind}.ndjson ligne {other_line})</translation>
    </message>
    <message>
        <source>{at}: id {record_id!r} appears twice with different content (first on line {other_line})</source>
        <translation>{at} : l&apos;identifiant {record_id!r} figure deux fois avec des contenus différents (première fois ligne {other_line})</translation>
    </message>
    <message>
        <source>{at} is empty</source>
        <translation>{at} est vide</translation>
    </message>
    <message>
        <source>{at} is not UTF-8</source>
        <translation>{at} n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>{at} is not valid JSON ({problem})</source>
        <translation>{at} n&apos;est pas du JSON valide ({problem})</translation>
    </message>
    <message>
        <source>{at} is not a JSON object</source>
        <translation>{at} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>{at} has kind {found!r}, expected {kind!r}</source>
        <translation>{at} est de type {found!r} au lieu de {kind!r}</translation>
    </message>
    <message>
        <source>{at} has no valid id</source>
        <translation>{at} n&apos;a pas d&apos;identifiant valide</translation>
    </message>
    <message>
        <source>it is not a complete ZIP file (truncated, or not a package)</source>
        <translation>ce n&apos;est pas un fichier ZIP complet (tronqué, ou ce n&apos;est pas un paquet)</translation>
    </message>
    <message>
        <source>its ZIP end record is not allowed in a package (comment or several disks)</source>
        <translation>son enregistrement de fin ZIP n&apos;est pas admis dans un paquet (commentaire ou plusieurs disques)</translation>
    </message>
    <message>
        <source>it has {total} members; the limit is {limit}</source>
        <translation>il contient {total} membres ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>its ZIP directory is damaged (or data was added to the file)</source>
        <translation>son répertoire ZIP est endommagé (ou des données ont été ajoutées au fichier)</translation>
    </message>
    <message>
        <source>its ZIP directory is damaged</source>
        <translation>son répertoire ZIP est endommagé</translation>
    </message>
    <message>
        <source>member {member} has ZIP {label} {actual:#x}, expected {wanted:#x} (file type {file_type:#o}; see the ZIP profile in docs/sync-format.md)</source>
        <translation>le membre {member} a la valeur ZIP {label} {actual:#x} au lieu de {wanted:#x} (type de fichier {file_type:#o} ; voir le profil ZIP dans docs/sync-format.md)</translation>
    </message>
    <message>
        <source>member {member} is stored but its sizes differ (damaged)</source>
        <translation>le membre {member} est stocké sans compression mais ses tailles diffèrent (endommagé)</translation>
    </message>
    <message>
        <source>its ZIP directory is damaged (unexpected bytes at its end)</source>
        <translation>son répertoire ZIP est endommagé (octets inattendus à la fin)</translation>
    </message>
    <message>
        <source>a member name is not ASCII ({raw!r})</source>
        <translation>un nom de membre n&apos;est pas en ASCII ({raw!r})</translation>
    </message>
    <message>
        <source>member name {member} is unsafe (it points outside the package)</source>
        <translation>le nom de membre {member} est dangereux (il désigne un emplacement hors du paquet)</translation>
    </message>
    <message>
        <source>member {member} is not allowed; a package holds only manifest.json, manifest.sig, records/&lt;kind&gt;.ndjson and attachments/&lt;sha256&gt;</source>
        <translation>le membre {member} n&apos;est pas admis ; un paquet ne contient que manifest.json, manifest.sig, records/&lt;kind&gt;.ndjson et attachments/&lt;sha256&gt;</translation>
    </message>
    <message>
        <source>member {member} is not where the ZIP directory says</source>
        <translation>le membre {member} n&apos;est pas à l&apos;emplacement qu&apos;indique le répertoire ZIP</translation>
    </message>
    <message>
        <source>member {member}: its local header does not match the ZIP directory (damaged or altered)</source>
        <translation>membre {member} : son en-tête local ne correspond pas au répertoire ZIP (endommagé ou altéré)</translation>
    </message>
    <message>
        <source>member {member} runs into the ZIP directory (damaged)</source>
        <translation>le membre {member} empiète sur le répertoire ZIP (endommagé)</translation>
    </message>
    <message>
        <source>it has unexplained bytes before its ZIP directory</source>
        <translation>il contient des octets inexpliqués avant son répertoire ZIP</translation>
    </message>
    <message>
        <source>member {member} is damaged (CRC mismatch)</source>
        <translation>le membre {member} est endommagé (CRC incorrect)</translation>
    </message>
    <message>
        <source>member {member} is damaged (empty deflate stream)</source>
        <translation>le membre {member} est endommagé (flux deflate vide)</translation>
    </message>
    <message>
        <source>member {member} expands beyond its declared size of {size} bytes</source>
        <translation>le membre {member} se décompresse au-delà de sa taille déclarée de {size} octets</translation>
    </message>
    <message>
        <source>member {member} has bytes after its deflate stream</source>
        <translation>le membre {member} a des octets après son flux deflate</translation>
    </message>
    <message>
        <source>member {member} is damaged (incomplete deflate stream)</source>
        <translation>le membre {member} est endommagé (flux deflate incomplet)</translation>
    </message>
    <message>
        <source>member {member} has non-zero padding bits (altered)</source>
        <translation>le membre {member} a des bits de bourrage non nuls (altéré)</translation>
    </message>
    <message>
        <source>member {member} is damaged ({problem})</source>
        <translation>le membre {member} est endommagé ({problem})</translation>
    </message>
    <message>
        <source>member {member} is damaged ({size} bytes, declared {declared})</source>
        <translation>le membre {member} est endommagé ({size} octets, {declared} déclarés)</translation>
    </message>
    <message>
        <source>a {kind} record dict does not say kind {kind!r}</source>
        <translation>un dictionnaire d&apos;enregistrement {kind} n&apos;indique pas le type {kind!r}</translation>
    </message>
    <message>
        <source>a {kind} record has no valid id</source>
        <translation>un enregistrement {kind} n&apos;a pas d&apos;identifiant valide</translation>
    </message>
    <message>
        <source>{kind} {record_id}: not JSON-shaped ({exc})</source>
        <translation>{kind} {record_id} : pas au format JSON ({exc})</translation>
    </message>
    <message>
        <source>record id {record_id!r} is given twice with different content</source>
        <translation>l&apos;identifiant d&apos;enregistrement {record_id!r} est donné deux fois avec des contenus différents</translation>
    </message>
    <message>
        <source>the package would exceed 4 GiB, which this format does not allow</source>
        <translation>le paquet dépasserait 4 Gio, ce que ce format ne permet pas</translation>
    </message>
    <message>
        <source>{unit}&apos;s key is revoked; packages are no longer made for it</source>
        <translation>la clé de {unit} est révoquée ; aucun paquet n&apos;est plus préparé pour elle</translation>
    </message>
    <message>
        <source>{unit}&apos;s key is revoked; it cannot be the mission authority</source>
        <translation>la clé de {unit} est révoquée ; elle ne peut pas être l&apos;autorité de la mission</translation>
    </message>
    <message>
        <source>only the mission authority may revoke another unit&apos;s key; this installation is not it (see &apos;bluehelmet sync authority&apos;); revoke it here only with &apos;bluehelmet keys revoke&apos;</source>
        <translation>seule l&apos;autorité de la mission peut révoquer la clé d&apos;une autre unité ; cette installation ne l&apos;est pas (voir &apos;bluehelmet sync authority&apos;) ; révoquez-la ici seulement avec &apos;bluehelmet keys revoke&apos;</translation>
    </message>
    <message>
        <source>{unit} is accredited for {accreditation!r}, which is not one of this mission&apos;s classification labels ({labels}); set it again with &apos;bluehelmet keys accredit&apos;</source>
        <translation>{unit} est habilité jusqu&apos;à {accreditation!r}, qui ne fait pas partie des niveaux de classification de la mission ({labels}) ; fixez-la de nouveau avec &apos;bluehelmet keys accredit&apos;</translation>
    </message>
    <message>
        <source>package {name} refused: it follows schema {schema_version}, written by a newer version of Blue Helmet COP (this one knows {schema_version2})</source>
        <extracomment>Set when this very package (same file, or same signer and number) was imported before. (kind, id, version) → its verified author. Revocation notices the package carries, verified (kept, and relayed onward). What the operator must know before applying (notices that could not be checked, …). The trust list the package was verified against (revocations are marked in it). (kind, id, version) → the record&apos;s row, made once for its content hash (apply reuses it). The package&apos;s mission settings notice: applied or not, and why.</extracomment>
        <translation>paquet {name} refusé : il suit le schéma {schema_version}, écrit par une version plus récente de Blue Helmet COP (celle-ci connaît {schema_version2})</translation>
    </message>
    <message>
        <source>package {name} refused: it is signed by {unit}, whose key was revoked on {time}, before the package was made</source>
        <translation>paquet {name} refusé : il est signé par {unit}, dont la clé a été révoquée le {time}, avant la création du paquet</translation>
    </message>
    <message>
        <source>package {name} refused: it is marked {declared} but holds {kind} {id} marked {classification}</source>
        <translation>paquet {name} refusé : il est marqué {declared} mais contient {kind} {id} marqué {classification}</translation>
    </message>
    <message>
        <source>package {name} refused: {kind} {id} reuses the id of a {kinds} held here; ids are unique across kinds</source>
        <translation>paquet {name} refusé : {kind} {id} reprend l&apos;identifiant d&apos;un enregistrement {kinds} détenu ici ; les identifiants sont uniques tous types confondus</translation>
    </message>
    <message>
        <source>{kind} {id} has version {version}, more than {minutes} minutes ahead of this machine&apos;s clock</source>
        <translation>{kind} {id} a la version {version}, en avance de plus de {minutes} minutes sur l&apos;horloge de cette machine</translation>
    </message>
    <message>
        <source>{at}: {kind} {id} is not releasable to {nation} (releasable to {releasable})</source>
        <translation>{at} : {kind} {id} n&apos;est pas communicable à {nation} (communicable à {releasable})</translation>
    </message>
    <message>
        <source>{kind} {id}: {name} {time} is more than {minutes} minutes ahead of this machine&apos;s clock</source>
        <translation>{kind} {id} : {name} {time} est en avance de plus de {minutes} minutes sur l&apos;horloge de cette machine</translation>
    </message>
    <message>
        <source>package {name} refused: {exc}</source>
        <translation>paquet {name} refusé : {exc}</translation>
    </message>
    <message>
        <source>package {name} refused: it is marked {declared!r}, which is not one of this mission&apos;s classification labels ({labels})</source>
        <extracomment>Packages older than this many days are flagged (a mission may set ``sync.max_package_age_days``).</extracomment>
        <translation>paquet {name} refusé : il est marqué {declared!r}, qui ne fait pas partie des niveaux de classification de la mission ({labels})</translation>
    </message>
    <message>
        <source>ancestors: expected a short list of versions</source>
        <translation>ancestors : une courte liste de versions est attendue</translation>
    </message>
    <message>
        <source>origin, created_at and updated_at are required in a package</source>
        <translation>origin, created_at et updated_at sont obligatoires dans un paquet</translation>
    </message>
    <message>
        <source>{at}: {exc}</source>
        <translation>{at} : {exc}</translation>
    </message>
    <message>
        <source>{at}: not a valid {kind} record ({name})</source>
        <translation>{at} : enregistrement {kind} non valide ({name})</translation>
    </message>
    <message>
        <source>{text!r} is not a version stamp (WALLMS.COUNTER.NODE)</source>
        <extracomment>The one future bound: how far ahead of this machine&apos;s clock a time may lie, for local edits and for what partners send alike. Remote versions further ahead are refused rather than dragging our clock into the future, so no version here ever lies beyond it.</extracomment>
        <translation>{text!r} n&apos;est pas un horodatage de version (WALLMS.COUNTER.NODE)</translation>
    </message>
    <message>
        <source>{node!r} is not a usable node id</source>
        <translation>{node!r} n&apos;est pas un identifiant de nœud utilisable</translation>
    </message>
    <message>
        <source>{remote} is more than {minutes} minutes ahead of this machine&apos;s clock</source>
        <translation>{remote} a plus de {minutes} minutes d&apos;avance sur l&apos;horloge de cette machine</translation>
    </message>
    <message>
        <source>{kind} {id} version {version} arrives with content different from the same version here (altered or corrupted)</source>
        <extracomment>Earlier versions of this record its sender had seen, newest first. Concurrent edit: the loser is kept in the conflict list for the operator.</extracomment>
        <translation>{kind} {id} version {version} arrive avec un contenu différent de la même version ici (altéré ou corrompu)</translation>
    </message>
    <message>
        <source>{where}: expected exactly {fields}</source>
        <extracomment>A package carries at most this many notices (a mission has tens of units, not thousands).
----------
A notice carries at most this many categories (a mission has tens).</extracomment>
        <translation>{where} : attendu exactement {fields}</translation>
    </message>
    <message>
        <source>{where}: {name} is not a fingerprint</source>
        <translation>{where} : {name} n&apos;est pas une empreinte</translation>
    </message>
    <message>
        <source>{where}: public_key or signature is not base64</source>
        <translation>{where} : public_key ou signature n&apos;est pas en base64</translation>
    </message>
    <message>
        <source>{where}: its public key is not the key it names</source>
        <translation>{where} : sa clé publique n&apos;est pas la clé qu&apos;il désigne</translation>
    </message>
    <message>
        <source>is not a UTC time ending in Z</source>
        <extracomment>A key card is a few hundred bytes; anything much bigger is not a key card. Organisations a mission typically lists; a mission may define its own list (never a nation code, never MISSION, which every partner passes).</extracomment>
        <translation>n&apos;est pas une heure UTC terminée par Z</translation>
    </message>
    <message>
        <source>the revocation notice for {unit}&apos;s key {key} … does not verify (changed after it was signed, or forged)</source>
        <translation>l&apos;avis de révocation de la clé {key} … de {unit} ne se vérifie pas (modifié après la signature, ou falsifié)</translation>
    </message>
    <message>
        <source>{where}: version is not a whole number from 1</source>
        <translation>{where} : version n&apos;est pas un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>{where}: signed_by is not a fingerprint</source>
        <translation>{where} : signed_by n&apos;est pas une empreinte</translation>
    </message>
    <message>
        <source>{where}: signature is not 64 bytes of base64</source>
        <translation>{where} : signature n&apos;est pas 64 octets en base64</translation>
    </message>
    <message>
        <source>{where}: settings must hold exactly {fields}</source>
        <translation>{where} : settings doit contenir exactement {fields}</translation>
    </message>
    <message>
        <source>{where}: settings.authority is not a fingerprint</source>
        <translation>{where} : settings.authority n&apos;est pas une empreinte</translation>
    </message>
    <message>
        <source>{where}: settings.max_package_age_days is not a number of days (0–3650) or null</source>
        <translation>{where} : settings.max_package_age_days n&apos;est ni un nombre de jours (0–3650) ni null</translation>
    </message>
    <message>
        <source>{where}: settings.name or settings.training is wrong</source>
        <translation>{where} : settings.name ou settings.training est incorrect</translation>
    </message>
    <message>
        <source>{where}: settings.area is not GeoJSON or null</source>
        <translation>{where} : settings.area n&apos;est ni du GeoJSON ni null</translation>
    </message>
    <message>
        <source>{where}: settings.{field_name} is not a text list</source>
        <translation>{where} : settings.{field_name} n&apos;est pas une liste de textes</translation>
    </message>
    <message>
        <source>{where}: categories is not a list of 1 to {most}</source>
        <translation>{where} : categories n&apos;est pas une liste de 1 à {most} éléments</translation>
    </message>
    <message>
        <source>{where}: a field has the wrong type</source>
        <translation>{where} : un champ n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>{what} carries no author signature</source>
        <extracomment>Field added to each NDJSON record line: ``{&quot;author&quot;: fingerprint, &quot;value&quot;: base64}``.</extracomment>
        <translation>{what} ne porte aucune signature d&apos;auteur</translation>
    </message>
    <message>
        <source>{what}: its signature field is not {{author, value}}</source>
        <translation>{what} : son champ de signature n&apos;est pas {{author, value}}</translation>
    </message>
    <message>
        <source>{what}: its author is not a fingerprint</source>
        <translation>{what} : son auteur n&apos;est pas une empreinte</translation>
    </message>
    <message>
        <source>{what}: its signature is not 64 bytes of base64</source>
        <translation>{what} : sa signature n&apos;est pas 64 octets en base64</translation>
    </message>
    <message>
        <source>{kind} {record_id} version {version}</source>
        <translation>{kind} {record_id} version {version}</translation>
    </message>
    <message>
        <source>{what} is signed by key {author} …, which is not trusted here: its author is unknown</source>
        <translation>{what} est signé par la clé {author} …, qui n&apos;est pas approuvée ici : son auteur est inconnu</translation>
    </message>
    <message>
        <source>{what} is signed by {unit}, whose key was revoked on {revoked_at}, before this version was made</source>
        <translation>{what} est signé par {unit}, dont la clé a été révoquée le {revoked_at}, avant que cette version soit faite</translation>
    </message>
    <message>
        <source>{what}: the signature of {unit} does not verify (the record was changed after its author signed it)</source>
        <translation>{what} : la signature de {unit} ne se vérifie pas (l&apos;enregistrement a été modifié après que son auteur l&apos;a signé)</translation>
    </message>
    <message>
        <source>{what} claims to be a version made here, but {unit} signed it: forged</source>
        <translation>{what} prétend être une version faite ici, mais {unit} l&apos;a signé : falsifié</translation>
    </message>
    <message>
        <source>{what} claims to come from {bound}&apos;s installation but is signed by {unit}: a record in another unit&apos;s name is refused (an edit must be signed as its editor)</source>
        <translation>{what} prétend venir de l&apos;installation de {bound} mais est signé par {unit} : un enregistrement au nom d&apos;une autre unité est refusé (une modification doit être signée par son auteur)</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>{name}: already imported on {time} (package {sequence} from {origin}); nothing changed</source>
        <extracomment>The releasability token that every partner of the mission passes. Field added to each NDJSON record line: earlier versions the sender had seen, newest first. Records changed but not releasable to this partner (left out). Attachment contents carried (photos, documents of the incidents sent). The classification the recipient is cleared for (the lowest label when not set). Records received before versions were signed: they cannot be relayed (left out). Earlier packages the partner said it never received, whose changes this one sends again. Versions signed by a key revoked before they were made (left out). Attachment contents stored (new to this database). Attachment contents over the local size cap, not kept. What the operator must know: packages that never arrived, a package that is old. Revocation notices new to this database (kept and relayed onward). The mission authority&apos;s settings notice applied, in words (empty when none was).</extracomment>
        <translation>{name} : déjà importé le {time} (paquet {sequence} de {origin}) ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Would import {name} from {origin} (package {sequence}):</source>
        <translation>Importerait {name} de {origin} (paquet {sequence}) :</translation>
    </message>
    <message>
        <source>Imported {name} from {origin} (package {sequence}):</source>
        <translation>{name} importé de {origin} (paquet {sequence}) :</translation>
    </message>
    <message>
        <source>{kind}: {counts}</source>
        <translation>{kind} : {counts}</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>conflicts: {n}</source>
        <translation>conflits : {n}</translation>
    </message>
    <message>
        <source>attachments stored: {n}</source>
        <translation>pièces jointes enregistrées : {n}</translation>
    </message>
    <message>
        <source>attachments over the {limit} MiB limit, not kept: {n}</source>
        <translation>pièces jointes au-delà de la limite de {limit} Mio, non conservées : {n}</translation>
    </message>
    <message>
        <source>key revocations received: {n}</source>
        <translation>révocations de clé reçues : {n}</translation>
    </message>
    <message>
        <source>mission settings: {what}</source>
        <translation>paramètres de la mission : {what}</translation>
    </message>
    <message>
        <source>NOTE: {notice}</source>
        <translation>NOTE : {notice}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>How many records of a kind an import made new, updated, … (the reader&apos;s words and plural).</extracomment>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sans changement</numerusform>
            <numerusform>%n sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n version dépassée</numerusform>
            <numerusform>%n versions dépassées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n version conservée</numerusform>
            <numerusform>%n versions conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>051430ZMAR24 or 2024-03-05 14:30Z</source>
        <translation>051430ZMAR24 ou 2024-03-05 14:30Z</translation>
    </message>
    <message>
        <source>write a date-time group (051430ZMAR24) or ISO 8601 (2024-03-05T14:30Z)</source>
        <translation>saisir un groupe date-heure (051430ZMAR24) ou une date ISO 8601 (2024-03-05T14:30Z)</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>7 days</source>
        <extracomment>Window lengths offered (label, hours).</extracomment>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <extracomment>Playback speeds (label, hours of mission time per second).</extracomment>
        <translation>1 jour/s</translation>
    </message>
    <message>
        <source>3 days/s</source>
        <translation>3 jours/s</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>(start, end) datetimes in UTC, or (None, None) when the time filter is off.</extracomment>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Show the whole mission period (time filter off)</source>
        <translation>Afficher toute la période de la mission (filtre temporel désactivé)</translation>
    </message>
    <message>
        <source>Time filter off: the whole mission period</source>
        <translation>Filtre temporel désactivé : toute la période de la mission</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>add {noun}</source>
        <extracomment>The record the command is about (as after the edit), for selection and refresh.</extracomment>
        <translation>ajout ({noun})</translation>
    </message>
    <message>
        <source>add {noun} “{name}”</source>
        <translation>ajout ({noun}) « {name} »</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>edit {noun} “{name}”</source>
        <translation>modification ({noun}) « {name} »</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>delete {noun} “{name}”</source>
        <translation>suppression ({noun}) « {name} »</translation>
    </message>
    <message>
        <source>move unit</source>
        <translation>déplacement d&apos;unité</translation>
    </message>
    <message>
        <source>move unit “{name}”</source>
        <translation>déplacement de l&apos;unité « {name} »</translation>
    </message>
    <message>
        <source>mark incident {status}</source>
        <translation>passage de l&apos;incident à « {status} »</translation>
    </message>
    <message>
        <source>mark “{name}” {status}</source>
        <translation>passage de « {name} » à « {status} »</translation>
    </message>
    <message>
        <source>attach file</source>
        <translation>ajout de pièce jointe</translation>
    </message>
    <message>
        <source>attach “{name}”</source>
        <translation>ajout de la pièce jointe « {name} »</translation>
    </message>
    <message>
        <source>remove attachment</source>
        <translation>retrait de pièce jointe</translation>
    </message>
    <message>
        <source>remove attachment “{name}”</source>
        <translation>retrait de la pièce jointe « {name} »</translation>
    </message>
    <message>
        <source>change mission settings</source>
        <extracomment>Language → the column of the category&apos;s label in that language. The role of a label cell holding what a reader of the column&apos;s language sees while the cell is empty (a built-in category&apos;s own translation, else the Label), shown grey in the empty cell.</extracomment>
        <translation>modification des paramètres de la mission</translation>
    </message>
    <message>
        <source>mission settings ({change})</source>
        <translation>paramètres de la mission ({change})</translation>
    </message>
</context>
<context>
    <name>UnitRole</name>
    <message>
        <source>headquarters</source>
        <translation>quartier général</translation>
    </message>
    <message>
        <source>infantry</source>
        <translation>infanterie</translation>
    </message>
    <message>
        <source>mechanized infantry</source>
        <translation>infanterie mécanisée</translation>
    </message>
    <message>
        <source>armour</source>
        <translation>blindés</translation>
    </message>
    <message>
        <source>reconnaissance</source>
        <translation>reconnaissance</translation>
    </message>
    <message>
        <source>military police</source>
        <translation>police militaire</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>génie</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>logistics</source>
        <translation>logistique</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>transmissions</translation>
    </message>
    <message>
        <source>aviation</source>
        <translation>aviation</translation>
    </message>
    <message>
        <source>riverine</source>
        <translation>fluvial</translation>
    </message>
    <message>
        <source>observer team</source>
        <translation>équipe d&apos;observateurs</translation>
    </message>
    <message>
        <source>formed police unit</source>
        <translation>unité de police constituée</translation>
    </message>
    <message>
        <source>civilian</source>
        <translation>civil</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>Nation</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>no callsign</source>
        <translation>sans indicatif</translation>
    </message>
    <message>
        <source>{0} (awaiting confirmation)</source>
        <translation>{0} (en attente de confirmation)</translation>
    </message>
    <message>
        <source>new from feed {0}, awaiting confirmation</source>
        <translation>nouvelle, du flux {0}, en attente de confirmation</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>expected text, got {name}</source>
        <translation>texte attendu, reçu {name}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is {length} characters long; the limit is {limit}</source>
        <translation>fait {length} caractères ; la limite est de {limit}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>{shown} is not one of: {choices}</source>
        <translation>{shown} ne fait pas partie de : {choices}</translation>
    </message>
    <message>
        <source>expected a number, got {shown}</source>
        <translation>nombre attendu, reçu {shown}</translation>
    </message>
    <message>
        <source>{shown} is too large</source>
        <translation>{shown} est trop grand</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{value} is below the minimum {low}</source>
        <translation>{value} est en dessous du minimum {low}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {high}</source>
        <translation>{value} est au-dessus du maximum {high}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value!r}</source>
        <extracomment>Above any real count of people (and far inside SQLite&apos;s 64-bit integers).</extracomment>
        <translation>nombre entier attendu, reçu {value!r}</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} est négatif</translation>
    </message>
    <message>
        <source>{shown} is not a plausible count (at most {limit:,})</source>
        <translation>{shown} n&apos;est pas un nombre plausible ({limit:,} au plus)</translation>
    </message>
    <message>
        <source>expected a date-time, got {value!r}</source>
        <translation>date et heure attendues, reçu {value!r}</translation>
    </message>
    <message>
        <source>has no time zone; give UTC times</source>
        <translation>n&apos;a pas de fuseau horaire ; donnez des heures UTC</translation>
    </message>
    <message>
        <source>{value!r} is not a record id</source>
        <translation>{value!r} n&apos;est pas un identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>is before {start_name}</source>
        <translation>est antérieur à {start_name}</translation>
    </message>
    <message>
        <source>expected a {wanted}, got {geom_type}</source>
        <translation>géométrie {wanted} attendue, reçu {geom_type}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>has Z coordinates; give 2D lon/lat geometry</source>
        <translation>a des coordonnées Z ; donnez une géométrie 2D lon/lat</translation>
    </message>
    <message>
        <source>has a coordinate that is not a finite number</source>
        <translation>a une coordonnée qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>lies outside lon -180…180 / lat -90…90 (bounds {bounds})</source>
        <translation>est hors de lon -180…180 / lat -90…90 (limites {bounds})</translation>
    </message>
    <message>
        <source>is not a valid geometry: {reason}</source>
        <translation>n&apos;est pas une géométrie valide : {reason}</translation>
    </message>
    <message>
        <source>{id!r} is not a record id</source>
        <extracomment>Installation or unit that created the record; set by the store on first save. Hybrid-logical-clock version of the last edit; set by the store on every save. Tombstone: deletions travel between installations like edits. Nation codes (ISO 3166 alpha-3) and organisation tokens this record may be shared with.</extracomment>
        <translation>{id!r} n&apos;est pas un identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>expected true or false, got {deleted!r}</source>
        <translation>vrai ou faux attendu, reçu {deleted!r}</translation>
    </message>
    <message>
        <source>expected a list of nation or organisation codes</source>
        <translation>une liste de codes de pays ou d&apos;organisations est attendue</translation>
    </message>
    <message>
        <source>{token!r} is neither an ISO 3166 alpha-3 nation code nor one of {tokens}</source>
        <translation>{token!r} n&apos;est ni un code de pays ISO 3166 alpha-3 ni l&apos;un de : {tokens}</translation>
    </message>
    <message>
        <source>not envelope bookkeeping: {unknown}</source>
        <translation>pas des métadonnées d&apos;enveloppe : {unknown}</translation>
    </message>
    <message>
        <source>{nation!r} is not an ISO 3166 alpha-3 nation code</source>
        <translation>{nation!r} n&apos;est pas un code de pays ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>une unité ne peut pas être sa propre unité parente</translation>
    </message>
    <message>
        <source>{category!r} is not a category key</source>
        <extracomment>Width of the buffer zone on each side of the line, metres on the ground. Radius of uncertainty of the location, metres (a 100 m MGRS square is ~70 m). SHA-256 hex digests of attached photos and documents (contents kept once per digest).</extracomment>
        <translation>{category!r} n&apos;est pas une clé de catégorie</translation>
    </message>
    <message>
        <source>is less than civilian and peacekeeper fatalities together</source>
        <translation>est inférieur au total des morts civils et parmi les Casques bleus</translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation>une liste de noms est attendue</translation>
    </message>
    <message>
        <source>{reliability!r} is not a source grade A–F</source>
        <translation>{reliability!r} n&apos;est pas une cote de source A–F</translation>
    </message>
    <message>
        <source>a {kind} is drawn as a {shapes}, not as a {shape}; choose one of: {types}</source>
        <extracomment>Shapes of map-item geometry, by the family a type allows. Symbol code for a control measure or tactical graphic; empty when none is known. ``#rrggbb``; empty draws the type&apos;s own colour. Route or road status (open, restricted, closed, unknown); empty when not given. The partner&apos;s own type for the item (a CoT type such as ``b-m-p-s-m``), kept so an export gives the partner back what it sent. SHA-256 digests of attached images and documents (contents kept once per digest).</extracomment>
        <translation>un élément « {kind} » se dessine en {shapes}, pas en {shape} ; choisissez l&apos;un de : {types}</translation>
    </message>
    <message>
        <source>{shown} is not a colour like #1d5fbf</source>
        <translation>{shown} n&apos;est pas une couleur comme #1d5fbf</translation>
    </message>
    <message>
        <source>expected a list of SHA-256 digests</source>
        <translation>une liste d&apos;empreintes SHA-256 est attendue</translation>
    </message>
    <message>
        <source>{digest!r} is not a SHA-256 digest (64 lowercase hex characters)</source>
        <translation>{digest!r} n&apos;est pas une empreinte SHA-256 (64 caractères hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>{kind!r} is not a record kind; use one of {kinds}</source>
        <extracomment>Fields that name another record → the kind of record they must name.</extracomment>
        <translation>{kind!r} n&apos;est pas un type d&apos;enregistrement ; utilisez l&apos;un de : {kinds}</translation>
    </message>
    <message>
        <source>expected a GeoJSON geometry object</source>
        <extracomment>Fields added after records were first exchanged, left out of the JSON form (and so of the content hash and every signature) while empty: a record that does not use one serialises, hashes and verifies exactly as it did before the field existed.</extracomment>
        <translation>un objet géométrique GeoJSON est attendu</translation>
    </message>
    <message>
        <source>is not a readable GeoJSON geometry ({reason})</source>
        <translation>n&apos;est pas une géométrie GeoJSON lisible ({reason})</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON est attendu</translation>
    </message>
    <message>
        <source>{value!r} does not match {kind!r}</source>
        <translation>{value!r} ne correspond pas à {kind!r}</translation>
    </message>
    <message>
        <source>is not a field of {kind}</source>
        <translation>n&apos;est pas un champ d&apos;enregistrement « {kind} »</translation>
    </message>
    <message>
        <source>missing required field {missing}</source>
        <translation>champ obligatoire manquant : {missing}</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time string, got {value!r}</source>
        <extracomment>Field kinds whose JSON value is already the Python value (checked by the record itself).</extracomment>
        <translation>une heure ISO 8601 sous forme de texte est attendue, reçu {value!r}</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>expected a language tag, got {name}</source>
        <translation>une étiquette de langue était attendue, reçu {name}</translation>
    </message>
    <message>
        <source>is {length} characters long; a language tag has at most {limit}</source>
        <translation>fait {length} caractères ; une étiquette de langue en a au plus {limit}</translation>
    </message>
    <message>
        <source>{shown} is not a language tag such as fr, en, ar or pt-BR</source>
        <translation>{shown} n&apos;est pas une étiquette de langue comme fr, en, ar ou pt-BR</translation>
    </message>
</context>
<context>
    <name>WeaponClass</name>
    <message>
        <source>small arms</source>
        <translation>armes légères</translation>
    </message>
    <message>
        <source>heavy machine gun</source>
        <translation>mitrailleuse lourde</translation>
    </message>
    <message>
        <source>mortar</source>
        <translation>mortier</translation>
    </message>
    <message>
        <source>artillery</source>
        <translation>artillerie</translation>
    </message>
    <message>
        <source>rocket</source>
        <translation>roquette</translation>
    </message>
    <message>
        <source>tank</source>
        <translation>char</translation>
    </message>
    <message>
        <source>anti-tank weapon</source>
        <translation>arme antichar</translation>
    </message>
    <message>
        <source>air defence</source>
        <translation>défense sol-air</translation>
    </message>
    <message>
        <source>aircraft</source>
        <translation>aéronef</translation>
    </message>
    <message>
        <source>drone (UAV)</source>
        <translation>drone</translation>
    </message>
    <message>
        <source>explosive device</source>
        <translation>engin explosif</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
</TS>
