<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>Cli</name>
    <message>
        <source>language of the report (default: the language of the command&apos;s messages)</source>
        <translation>langue du rapport (par défaut&#xa0;: celle des messages de la commande)</translation>
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
        <translation>Modifier les &amp;sommets sur la carte</translation>
    </message>
    <message>
        <source>Incident &amp;status</source>
        <translation>&amp;Statut de l&apos;incident</translation>
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
    <name>FeedDialog</name>
    <message>
        <source>Add feed</source>
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
        <source>udp://239.2.3.1:6969?iface=127.0.0.1</source>
        <translation>udp://239.2.3.1:6969?iface=127.0.0.1</translation>
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
    <name>FeedsController</name>
    <message>
        <source>Added feed {0}</source>
        <extracomment>A feed&apos;s state changed or it wrote something (name); for tests and the status bar. how many times the session was told (a test looks)</extracomment>
        <translation>Flux ajouté : {0}</translation>
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
        <extracomment>How often the dock and the map catch up with the feeds (milliseconds): ≤ 4 redraws a second. Seconds a stale unit or map item stays on the live map, faded, before it leaves it.</extracomment>
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
        <extracomment>Record kinds written since the GUI last looked (guarded by ``lock``). The user confirmed this unit (id) from the awaiting list. The user picked a unit (id) in the awaiting list.</extracomment>
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
        <extracomment>Layer name on the page → label shown to the user, top of the stack first.</extracomment>
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
        <extracomment>While a feed runs, other writers&apos; changes re-read the whole picture at most this often. Emitted with the message each time the user is told that something failed. Emitted with one summary line per file after files were imported. Emitted with the number of ceasefire violations an import brought in. Emitted with the summary after a partner&apos;s package was imported (or found already there). Emitted with the summary line after File → Export wrote a file. Emitted with the path once a mission is open and shown (app/ui/missions.py follows it).</extracomment>
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
        <translation>Importer l&apos;&amp;ORBAT…</translation>
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
        <translation>&amp;Identité de l&apos;unité…</translation>
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
    <name>MissionController</name>
    <message>
        <source>&amp;New mission…</source>
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
        <extracomment>Severity from which an incident is significant (4 high, 5 critical). Categories that are significant whatever their severity. At most this many rows in the table of significant incidents (the count says how many more). Area types incidents are counted by, most useful first: sectors, then AORs, then patrol areas.</extracomment>
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
        <source>{0} (awaiting confirmation)</source>
        <translation>{0} (en attente de confirmation)</translation>
    </message>
    <message>
        <source>new from feed {0}, awaiting confirmation</source>
        <translation>nouvelle, du flux {0}, en attente de confirmation</translation>
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
