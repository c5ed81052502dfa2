"""German demo messengers (public profile and private record) and campaigns.

Every person here is invented. Day offsets are relative to the day of loading, so consent and
campaign periods stay current however old the demo database is.
"""

MESSENGERS = [
    {
        "slug": "samira-k",
        "title": "Samira K.",
        "role": "Mutter von drei Kindern und Elternlotsin",
        "languages": "Deutsch, Arabisch",
        "quote": "Ich habe geredet, als mein Sohn in Gefahr war. Das war das Beste, was ich "
        "für meine Familie tun konnte.",
        "introduction": "Samira begleitet Mütter, die sich Sorgen um ihre Söhne machen.",
        "story": [
            ("h2", "Meine Geschichte"),
            (
                "p",
                "<p>Als mein ältester Sohn mit fünfzehn die ersten Anzeigen bekam, habe ich "
                "mich geschämt und geschwiegen. Erst im Elterncafé habe ich gemerkt, dass ich "
                "nicht allein bin.</p>",
            ),
            ("quote", "Schweigen schützt niemanden in der Familie.", "Samira K."),
            (
                "p",
                "<p>Heute begleite ich andere Mütter zu Gesprächen mit Schule und "
                "Jugendamt und übersetze, wenn es nötig ist.</p>",
            ),
        ],
        "sites": ["Essen", "Gelsenkirchen"],
        "approaches": ["arbeit-mit-muettern", "glaubhafte-botschafter"],
        "photo": "#2f6f4f",
        "identity": {
            "real_name": "Samira Khoury",
            "phone": "0221 4710 201",
            "consent_days_ago": 40,
            "consent_print": True,
            "consent_social": True,
            "safety_notes": "Keine Angaben zum Stadtteil, in dem sie wohnt. Fotos nur vor "
            "neutralem Hintergrund.",
        },
    },
    {
        "slug": "coach-deniz",
        "title": "Coach Deniz",
        "role": "Boxtrainer in einem Sportverein",
        "languages": "Deutsch, Türkisch",
        "quote": "Im Ring lernst du als Erstes Respekt. Wer das nicht kann, verliert – auch "
        "draußen.",
        "introduction": "Deniz trainiert seit zwölf Jahren Jugendliche im Boxen.",
        "story": [
            ("h2", "Warum ich dabei bin"),
            (
                "p",
                "<p>Viele meiner Jungs kommen mit Wut in die Halle. Beim Training lernen "
                "sie, dass Stärke und Selbstbeherrschung zusammengehören.</p>",
            ),
            ("quote", "Stark ist, wer sich im Griff hat.", "Coach Deniz"),
        ],
        "sites": ["Duisburg", "Oberhausen"],
        "approaches": ["glaubhafte-botschafter", "sport-und-freizeit"],
        "photo": "#1d4e89",
        "identity": {
            "real_name": "Deniz Yıldırım",
            "phone": "0221 4710 202",
            "consent_days_ago": 75,
            "consent_print": True,
            "consent_social": True,
            "safety_notes": "Vereinsname nicht veröffentlichen.",
        },
    },
    {
        "slug": "malik-r",
        "title": "Malik R.",
        "role": "Ehemaliger Teilnehmer, heute Auszubildender zum Kfz-Mechatroniker",
        "languages": "Deutsch, Arabisch, Kurmancî",
        "quote": "Ich dachte, für Leute wie mich gibt es nur einen Weg. Heute weiß ich: "
        "Es gibt viele.",
        "introduction": "Malik hat mit siebzehn die Kurve gekriegt und erzählt davon.",
        "story": [
            ("h2", "Wie es angefangen hat"),
            (
                "p",
                "<p>Mit vierzehn war ich mehr auf der Straße als in der Schule. Schnelles "
                "Geld, Respekt durch Angst – das war meine Welt.</p>",
            ),
            ("h2", "Was sich geändert hat"),
            (
                "p",
                "<p>Mein Betreuer bei Kurve kriegen hat nicht aufgegeben. Mit seiner Hilfe "
                "habe ich meinen Abschluss nachgeholt und einen Ausbildungsplatz "
                "gefunden.</p>",
            ),
            ("quote", "Der erste Anruf war der schwerste.", "Malik R."),
        ],
        "sites": ["Dortmund", "Essen"],
        "approaches": ["glaubhafte-botschafter", "narrative-aufloesen"],
        "photo": "#8a4b0f",
        "identity": {
            "real_name": "Malik Rahimi",
            "phone": "0221 4710 203",
            "consent_days_ago": 20,
            "consent_social": True,
            "safety_notes": "Frühere Kontakte aus der Gruppe leben im Umfeld. Keine "
            "Ortsangaben, keine gemeinsamen Fotos mit anderen Teilnehmenden.",
        },
    },
    {
        "slug": "leyla-a",
        "title": "Leyla A.",
        "role": "Mutter und Vorsitzende eines Elternvereins",
        "languages": "Deutsch, Kurmancî, Türkisch",
        "quote": "Mütter sehen oft als Erste, wenn etwas schiefläuft. Wir müssen uns trauen, "
        "es auszusprechen.",
        "introduction": "Leyla organisiert Elterncafés und Gesprächskreise für Mütter.",
        "story": [
            ("h2", "Mütter stärken"),
            (
                "p",
                "<p>In unserem Verein treffen sich jede Woche Mütter aus dem Stadtteil. Wir "
                "reden über Schule, über Sorgen und darüber, wo es Hilfe gibt.</p>",
            ),
        ],
        "sites": ["Recklinghausen", "Bochum"],
        "approaches": ["arbeit-mit-muettern"],
        "photo": None,
        "identity": {
            "real_name": "Leyla Aksoy",
            "phone": "0221 4710 204",
            "consent_days_ago": 100,
            "consent_print": True,
            "safety_notes": "Nur mit Vornamen und Initial auftreten.",
        },
    },
    {
        "slug": "yusuf-b",
        "title": "Yusuf B.",
        "role": "Sozialarbeiter in einem Begegnungszentrum",
        "languages": "Deutsch, Arabisch",
        "quote": "Man hat mir oft gesagt, was ich nicht kann. Heute sage ich jungen Leuten, "
        "was sie können.",
        "introduction": "Yusuf leitet Gesprächsgruppen für Jugendliche in Schulen.",
        "story": [
            ("h2", "Zwischen zwei Welten"),
            (
                "p",
                "<p>Ich kenne die Erwartungen der Familien und die Regeln der Schule. Ich "
                "helfe, zwischen beiden zu übersetzen – nicht nur sprachlich.</p>",
            ),
        ],
        "sites": ["Gelsenkirchen"],
        "approaches": ["glaubhafte-botschafter", "schulprojekte"],
        "photo": None,
        "identity": {
            "real_name": "Yusuf Baran",
            "phone": "0221 4710 205",
            "consent_days_ago": 60,
            "consent_print": True,
            "consent_social": True,
            "safety_notes": "",
        },
    },
    {
        # Consent has run out: the profile stays published but must not appear anywhere.
        "slug": "nadia-h",
        "title": "Nadia H.",
        "role": "Ehemalige Lehrerin und Lernpatin",
        "languages": "Deutsch, Französisch, Arabisch",
        "quote": "Jedes Kind kann lernen. Manche brauchen nur jemanden, der daran glaubt.",
        "introduction": "Nadia begleitet Jugendliche auf dem Weg zum Schulabschluss.",
        "story": [
            ("h2", "Lernpatenschaften"),
            (
                "p",
                "<p>Zweimal pro Woche lerne ich mit Jugendlichen, die kurz vor dem "
                "Abschluss stehen.</p>",
            ),
        ],
        "sites": ["Bochum"],
        "approaches": ["schulprojekte"],
        # The photo stays in the library; the site must withdraw it with the profile.
        "photo": "#5a5a8a",
        "identity": {
            "real_name": "Nadia Haddad",
            "phone": "0221 4710 206",
            "consent_days_ago": 500,
            "consent_days_valid": 365,
            "safety_notes": "Einwilligung abgelaufen; Verlängerung angefragt.",
        },
    },
]

CAMPAIGNS = [
    {
        "slug": "respekt-statt-angst",
        "title": "#RespektStattAngst",
        "introduction": "Eine Social-Media-Kampagne über Respekt, der ohne Drohung auskommt.",
        "goal": "Jugendliche zwischen 14 und 18 Jahren setzen sich mit dem Narrativ "
        "„Respekt bekommt man nur durch Angst“ auseinander und lernen Vorbilder kennen, "
        "die Respekt anders verdienen.",
        "starts_in_days": -60,
        "ends_in_days": 120,
        "body": [
            ("h2", "Die Idee"),
            (
                "p",
                "<p>Kurze Videos und Kacheln mit Coach Deniz und Jugendlichen aus den "
                "Standorten. Begleitend gibt es Workshops an Schulen.</p>",
            ),
        ],
        "indicators": [
            ("Reichweite der Beiträge", "250.000 Impressionen", "Plattformstatistik, monatlich"),
            ("Teilnahme an Workshops", "40 Schulklassen", "Teilnahmelisten der Standorte"),
            (
                "Veränderte Zustimmung zum Narrativ",
                "−10 Prozentpunkte",
                "Vorher-nachher-Befragung der wissenschaftlichen Begleitung",
            ),
        ],
        "audiences": ["jugendliche", "lehrkraefte"],
        "channels": ["soziale-medien", "schulen", "sportvereine"],
        "sites": ["Essen", "Duisburg", "Oberhausen"],
        "narratives": ["respekt-durch-angst", "echter-mann-faeuste"],
        "messengers": ["coach-deniz", "malik-r"],
        "materials": ["plakat-respekt-statt-angst", "plakat-stark-ist", "arbeitsblatt-respekt"],
        "image": "plakat-respekt-statt-angst",
    },
    {
        "slug": "muetter-staerken",
        "title": "Mütter stärken – Familien stärken",
        "introduction": "Elterncafés und Gesprächskreise für Mütter an drei Standorten.",
        "goal": "Mütter kennen Hilfsangebote, tauschen sich aus und fühlen sich sicherer, "
        "Probleme in der Familie anzusprechen.",
        "starts_in_days": -400,
        "ends_in_days": -220,
        "body": [
            ("h2", "Rückblick"),
            (
                "p",
                "<p>In zwölf Elterncafés kamen über 150 Mütter zusammen. Viele Gespräche "
                "wurden in Arabisch, Türkisch und Kurmancî geführt.</p>",
            ),
            ("quote", "Andere Mütter haben dieselben Sorgen.", "Leyla A."),
        ],
        "indicators": [
            ("Teilnehmerinnen", "120 Mütter", "Teilnahmelisten"),
            ("Vermittlungen in Beratung", "30", "Dokumentation der Standorte"),
        ],
        "audiences": ["muetter", "eltern"],
        "channels": ["veranstaltungen", "begegnungszentren", "print"],
        "sites": ["Recklinghausen", "Bochum", "Dortmund"],
        "narratives": ["muetter-haben-nichts-zu-sagen", "wer-redet-verraet-die-familie"],
        "messengers": ["leyla-a", "samira-k"],
        "materials": ["plakat-muetter-staerken", "einladung-elterncafe", "handbuch-muetter"],
        "image": "plakat-muetter-staerken",
    },
    {
        "slug": "dein-abschluss",
        "title": "Dein Abschluss, deine Zukunft",
        "introduction": "Eine Kampagne an Schulen und in Sportvereinen zum Schuljahresbeginn.",
        "goal": "Jugendliche in den Abschlussklassen erfahren von Lernhilfen und hören von "
        "Menschen, für die ein Abschluss der Wendepunkt war.",
        "starts_in_days": 30,
        "ends_in_days": 210,
        "body": [
            ("h2", "Geplant"),
            (
                "p",
                "<p>Plakate in Schulen und Vereinsheimen, Projekttage mit Botschafter*innen "
                "und ein Arbeitsblatt zu eigenen Zielen.</p>",
            ),
        ],
        "indicators": [
            ("Projekttage", "25", "Rückmeldebögen der Schulen"),
            ("Anfragen nach Lernhilfe", "60", "Zählung der Präventionsbüros"),
        ],
        "audiences": ["jugendliche", "lehrkraefte", "eltern"],
        "channels": ["schulen", "print", "sportvereine"],
        "sites": ["Gelsenkirchen", "Dortmund", "Oberhausen"],
        "narratives": ["schule-bringt-nichts", "keine-chance-in-deutschland"],
        "messengers": ["malik-r", "yusuf-b"],
        "materials": ["kachel-abschluss", "arbeitsblatt-ziele", "handreichung-lehrkraefte"],
        "image": "kachel-abschluss",
    },
]
