"""German demo texts for the site structure: taxonomies, sites, home, about and legal pages.

All people and addresses are invented. Phone numbers use the Cologne range 0221 4710 xxx that
the Bundesnetzagentur keeps for film and television; e-mail addresses use example.org.

Body blocks are written compactly and turned into StreamField data by `pages.stream`:
("h2", text), ("h3", text), ("p", html), ("quote", text, attribution).
"""

SITE_NAME = "Kurve kriegen – Narrative gegen Clankriminalität"
ORGANISATION = "Ministerium des Innern des Landes Nordrhein-Westfalen"
CONTACT_EMAIL = "kurve-kriegen@example.org"

# (name, slug, description) per taxonomy
TOPICS = [
    ("Schule und Bildung", "schule", "Schulbesuch, Abschlüsse, Lernen und Ausbildung."),
    ("Familie", "familie", "Zusammenhalt, Erwartungen und Konflikte in der Familie."),
    ("Polizei und Justiz", "polizei-und-justiz", "Vertrauen in Polizei, Gerichte und Recht."),
    ("Ehre und Respekt", "ehre-und-respekt", "Was Ehre bedeutet und wie Respekt entsteht."),
    ("Zukunft und Beruf", "zukunft-und-beruf", "Ausbildung, Arbeit und eigene Ziele."),
    ("Gewalt", "gewalt", "Gewalt, Drohungen und gewaltfreie Konfliktlösung."),
    ("Geld und Konsum", "geld-und-konsum", "Schnelles Geld, Statussymbole und Schulden."),
    ("Freundeskreis", "freundeskreis", "Gruppendruck, Loyalität und gute Freundschaften."),
]
AUDIENCES = [
    ("Jugendliche", "jugendliche", "Junge Menschen zwischen 12 und 21 Jahren."),
    ("Eltern", "eltern", "Mütter, Väter und andere Erziehungsberechtigte."),
    ("Mütter", "muetter", "Mütter als eigene Zielgruppe der Arbeit mit Müttern."),
    ("Lehrkräfte", "lehrkraefte", "Lehrerinnen und Lehrer, Schulsozialarbeit."),
    ("Fachkräfte der Jugendhilfe", "jugendhilfe", "Fachkräfte in Jugendamt und freien Trägern."),
    ("Polizei", "polizei", "Beamtinnen und Beamte in Bezirks- und Jugenddienst."),
    ("Kommunen", "kommunen", "Beschäftigte in Ordnungsamt, Jobcenter und Verwaltung."),
    (
        "Presse und Öffentlichkeit",
        "oeffentlichkeit",
        "Journalistinnen, Journalisten, Interessierte.",
    ),
]
VALUES = [
    ("Respekt", "respekt", "Andere achten, auch wenn man anderer Meinung ist."),
    ("Verantwortung", "verantwortung", "Für das eigene Handeln einstehen."),
    ("Ehrlichkeit", "ehrlichkeit", "Zu sagen, was ist – auch wenn es schwerfällt."),
    ("Mut", "mut", "Nein sagen, Hilfe holen, neue Wege gehen."),
    ("Gerechtigkeit", "gerechtigkeit", "Gleiche Regeln und Chancen für alle."),
    ("Familie", "familie", "Halt geben, ohne festzuhalten."),
    ("Freundschaft", "freundschaft", "Füreinander da sein, ohne einander zu schaden."),
    ("Bildung", "bildung", "Wissen und Abschlüsse, die niemand wegnehmen kann."),
    ("Vertrauen", "vertrauen", "Sich auf andere verlassen und verlässlich sein."),
    ("Selbstbestimmung", "selbstbestimmung", "Den eigenen Weg wählen dürfen."),
    ("Zusammenhalt", "zusammenhalt", "Gemeinschaft, die niemanden ausschließt."),
    ("Geduld", "geduld", "Ziele Schritt für Schritt erreichen."),
]
APPROACHES = [
    ("Glaubhafte Botschafter", "glaubhafte-botschafter", "Menschen aus den Communities sprechen."),
    ("Arbeit mit Müttern", "arbeit-mit-muettern", "Mütter stärken, um Familien zu stärken."),
    (
        "Narrative auflösen",
        "narrative-aufloesen",
        "Negative Erzählungen mit Alternativen beantworten.",
    ),
    ("Schulprojekte", "schulprojekte", "Workshops und Projekttage in Schulen."),
    ("Sport und Freizeit", "sport-und-freizeit", "Zugang über Vereine, Training und Jugendtreffs."),
    ("Trainings für Fachkräfte", "trainings", "Fortbildungen für Polizei und Kommunen."),
]
CHANNELS = [
    ("Soziale Medien", "soziale-medien", "Kurze Videos, Kacheln und Stories."),
    ("Print", "print", "Flyer, Plakate und Broschüren."),
    ("Veranstaltungen", "veranstaltungen", "Elterncafés, Diskussionsabende, Stadtteilfeste."),
    ("Schulen", "schulen", "Projekttage und Unterrichtseinheiten."),
    ("Sportvereine", "sportvereine", "Trainerinnen und Trainer als Vorbilder."),
    ("Begegnungszentren", "begegnungszentren", "Stadtteil- und Kulturzentren, Moscheevereine."),
]

HOME = {
    "title": "Startseite",
    "hero_heading": "Kurve kriegen – gemeinsam neue Wege gehen",
    "introduction": (
        "Das Landesprogramm „Integration, Orientierung, Perspektiven!“ beugt Clankriminalität "
        "vor: mit Familien, glaubhaften Botschafter*innen und Geschichten, die Mut machen."
    ),
    "body": [
        ("h2", "Worum es geht"),
        (
            "p",
            "<p>An sieben Standorten in Nordrhein-Westfalen arbeiten multiprofessionelle Teams "
            "mit jungen Menschen und ihren Familien. Sie setzen den Erzählungen, die in "
            "kriminelle Strukturen führen, <b>glaubwürdige Alternativen</b> entgegen.</p>",
        ),
        (
            "quote",
            "Ich dachte, für Leute wie mich gibt es nur einen Weg. Heute weiß ich: Es gibt viele.",
            "Malik R., ehemaliger Teilnehmer",
        ),
        ("h2", "Für Fachkräfte"),
        (
            "p",
            "<p>Lehrkräfte, Polizei und Beschäftigte der Kommunen finden hier Gesprächshilfen, "
            "Materialien und Trainingsangebote. Interne Inhalte sehen Sie nach der Anmeldung.</p>",
        ),
    ],
}

SITE_INDEX = {
    "title": "Standorte",
    "slug": "standorte",
    "introduction": "Das Programm arbeitet an sieben Standorten im Ruhrgebiet und Umgebung.",
}

# city, postcode, introduction, contact points (name, street, phone suffix, mailbox), materials
SITES = [
    (
        "Bochum",
        "44787",
        "In Bochum arbeitet das Team eng mit Schulen in Wattenscheid und der Innenstadt.",
        [
            ("Kurve kriegen – Polizeipräsidium Bochum", "Lindenallee 14", "101", "kurve-kriegen"),
            ("Familienbüro Bochum-Mitte", "Am Kortländer 3", "102", "familienbuero"),
        ],
        ["flyer-eltern", "flyer-jugendliche", "einladung-elterncafe"],
    ),
    (
        "Dortmund",
        "44135",
        "Dortmund setzt auf Sportvereine und die Arbeit mit Müttern in der Nordstadt.",
        [("Kurve kriegen – Präventionsbüro Dortmund", "Hafenweg 22", "111", "kurve-kriegen")],
        ["flyer-eltern", "flyer-jugendliche", "plakat-muetter-staerken"],
    ),
    (
        "Duisburg",
        "47051",
        "In Duisburg verbindet das Team Schulprojekte mit Angeboten in Begegnungszentren.",
        [
            (
                "Kurve kriegen – Polizeipräsidium Duisburg",
                "Rheinuferstraße 8",
                "121",
                "kurve-kriegen",
            ),
            ("Elterncafé Marxloh", "Brückenplatz 5", "122", "elterncafe"),
        ],
        ["flyer-eltern", "flyer-jugendliche", "plakat-elterncafe", "plakat-stark-ist"],
    ),
    (
        "Essen",
        "45127",
        "Essen ist Pilotstandort für den Einsatz glaubhafter Botschafter*innen an Schulen.",
        [
            ("Kurve kriegen – Polizeipräsidium Essen", "Kastanienweg 40", "131", "kurve-kriegen"),
            ("Stadtteilbüro Altendorf", "Helenenplatz 2", "132", "stadtteilbuero"),
        ],
        ["flyer-eltern", "flyer-jugendliche", "leitfaden-botschafter"],
    ),
    (
        "Gelsenkirchen",
        "45879",
        "In Gelsenkirchen stehen Übergänge von der Schule in den Beruf im Mittelpunkt.",
        [
            (
                "Kurve kriegen – Präventionsbüro Gelsenkirchen",
                "Zechenring 17",
                "141",
                "kurve-kriegen",
            )
        ],
        ["flyer-jugendliche", "arbeitsblatt-ziele"],
    ),
    (
        "Oberhausen",
        "46045",
        "Oberhausen arbeitet mit Jugendtreffs und dem Jugendamt der Stadt zusammen.",
        [
            (
                "Kurve kriegen – Präventionsbüro Oberhausen",
                "Gasometerstraße 9",
                "151",
                "kurve-kriegen",
            )
        ],
        ["flyer-eltern", "flyer-jugendliche"],
    ),
    (
        "Recklinghausen",
        "45657",
        "Recklinghausen begleitet Familien im ganzen Kreis und schult kommunale Fachkräfte.",
        [
            (
                "Kurve kriegen – Polizeipräsidium Recklinghausen",
                "Vestische Allee 31",
                "161",
                "kurve-kriegen",
            ),
            ("Mütterzentrum Süd", "Festspielweg 6", "162", "muetterzentrum"),
        ],
        ["flyer-eltern", "einladung-elterncafe", "training-gefaehrdungsmanagement"],
    ),
]
OPENING_HOURS = "Mo–Do 9–16 Uhr, Fr 9–13 Uhr und nach Vereinbarung"


def site_body(city: str) -> list[tuple]:
    return [
        ("h2", f"Das Team in {city}"),
        (
            "p",
            f"<p>Zum Team in {city} gehören Fachkräfte der Polizei, der Jugendhilfe und der "
            "Sozialen Arbeit. Sie begleiten junge Menschen und ihre Familien vertraulich und "
            "freiwillig.</p>",
        ),
        ("h2", "So erreichen Sie uns"),
        (
            "p",
            "<p>Rufen Sie an oder schreiben Sie eine E-Mail. Ein erstes Gespräch ist auch "
            "ohne Namen möglich.</p>",
        ),
    ]


SECTIONS = {
    "narratives": ("Narrative", "narrative", "Negative Erzählungen und was wir ihnen entgegnen."),
    "messengers": (
        "Glaubhafte Botschafter*innen",
        "botschafter",
        "Menschen aus den Communities, die zeigen, dass andere Wege möglich sind.",
    ),
    "campaigns": ("Kampagnen", "kampagnen", "Kampagnen an den Standorten und landesweit."),
    "library": (
        "Materialien",
        "materialien",
        "Flyer, Plakate, Arbeitsblätter und die Werte- und Ressourcenkarten zum Herunterladen.",
    ),
}

ABOUT = {
    "title": "Über das Programm",
    "slug": "ueber-das-programm",
    "introduction": "Wie das Land Nordrhein-Westfalen Clankriminalität vorbeugt.",
    "body": [
        ("h2", "360°-Maßnahmen zur Vorbeugung"),
        (
            "p",
            "<p>Das Programm baut auf der Initiative <i>Kurve kriegen</i> auf, die seit vielen "
            "Jahren kriminalitätsgefährdete Kinder und Jugendliche begleitet. Es ergänzt sie "
            "um die Arbeit mit ganzen Familien, mit Müttern und mit glaubhaften "
            "Botschafter*innen.</p>",
        ),
        ("h3", "Unsere Ansätze"),
        (
            "p",
            "<ul><li>Narrative auflösen: negative Erzählungen erkennen und beantworten</li>"
            "<li>Glaubhafte Botschafter*innen: Menschen, denen junge Leute zuhören</li>"
            "<li>Arbeit mit Müttern: Mütter als Schlüsselpersonen stärken</li>"
            "<li>Trainings für Polizei und Kommunen</li></ul>",
        ),
        ("quote", "Prävention wirkt, wenn Familien sie mittragen.", "Programmleitung"),
    ],
}
TRAININGS = {
    "title": "Trainings für Polizei und Kommunen",
    "slug": "trainings",
    "introduction": "Fortbildungen zu Gesprächsführung, Deeskalation und Gefährdungsmanagement.",
    "body": [
        ("h2", "Angebote"),
        (
            "p",
            "<ul><li><b>Persönliches Gefährdungsmanagement</b>: Risiken erkennen, sich und "
            "andere schützen (zwei Tage)</li><li><b>Gespräche auf Augenhöhe</b>: "
            "kultursensible Kommunikation mit Familien (ein Tag)</li><li><b>Narrative "
            "erkennen</b>: typische Rechtfertigungen und wie man ihnen begegnet (ein Tag)"
            "</li></ul>",
        ),
        (
            "p",
            "<p>Alle Trainings werden von der wissenschaftlichen Begleitung ausgewertet. "
            "Anmeldung über die Präventionsbüros der Standorte.</p>",
        ),
    ],
}
EVALUATION = {
    "title": "Wissenschaftliche Begleitung",
    "slug": "wissenschaftliche-begleitung",
    "introduction": "Eine Hochschule begleitet das Programm von Anfang an wissenschaftlich.",
    "body": [
        ("h2", "Was untersucht wird"),
        (
            "p",
            "<p>Die Evaluation fragt, welche Botschaften junge Menschen erreichen, wie sich "
            "Einstellungen verändern und was Fachkräfte aus den Trainings mitnehmen. Sie "
            "nutzt Befragungen, Interviews und Fallanalysen.</p>",
        ),
        (
            "p",
            "<p>Ein Austausch mit der schwedischen Polizei ergänzt die Arbeit um "
            "internationale Erfahrungen.</p>",
        ),
    ],
}

IMPRINT = {
    "title": "Impressum",
    "slug": "impressum",
    "introduction": "Angaben nach § 5 DDG und § 18 MStV.",
    "body": [
        ("h2", "Herausgeber"),
        (
            "p",
            "<p>Programmbüro „Integration, Orientierung, Perspektiven!“<br>"
            "Musterstraße 1<br>40213 Düsseldorf</p>"
            "<p>Telefon: 0221 4710 100<br>E-Mail: redaktion@example.org</p>",
        ),
        ("h2", "Verantwortlich für den Inhalt"),
        ("p", "<p>Die Programmleitung, Anschrift wie oben.</p>"),
        ("h2", "Hinweis"),
        (
            "p",
            "<p>Dies ist eine Demo-Installation. Alle Personen, Anschriften und "
            "Telefonnummern sind erfunden.</p>",
        ),
    ],
}
PRIVACY = {
    "title": "Datenschutzerklärung",
    "slug": "datenschutz",
    "introduction": "Wie wir mit Ihren Daten umgehen, wenn Sie diese Website besuchen.",
    "body": [
        ("h2", "Verantwortliche Stelle"),
        ("p", "<p>Verantwortlich ist das Programmbüro, Anschrift siehe Impressum.</p>"),
        ("h2", "Datenschutzbeauftragte"),
        ("p", "<p>Sie erreichen unsere Datenschutzbeauftragte unter datenschutz@example.org.</p>"),
        ("h2", "Beim Besuch der Website"),
        (
            "p",
            "<p>Der Server speichert technisch notwendige Angaben (Datum, Uhrzeit, "
            "aufgerufene Seite) für höchstens sieben Tage. Wir setzen keine Cookies zur "
            "Analyse oder Werbung ein und laden keine Inhalte von fremden Servern.</p>",
        ),
        ("h2", "Ihre Rechte"),
        (
            "p",
            "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung "
            "der Verarbeitung sowie ein Beschwerderecht bei der Landesbeauftragten für "
            "Datenschutz und Informationsfreiheit Nordrhein-Westfalen.</p>",
        ),
    ],
}
ACCESSIBILITY = {
    "title": "Erklärung zur Barrierefreiheit",
    "slug": "barrierefreiheit",
    "introduction": "Wir möchten, dass alle Menschen diese Website nutzen können.",
    "non_accessible_content": (
        "<ul><li>Einige ältere PDF-Dokumente sind noch nicht vollständig barrierefrei. "
        "Auf Anfrage senden wir Ihnen die Inhalte in einer zugänglichen Form.</li>"
        "<li>Nicht alle Videos haben bisher Untertitel in allen Sprachen.</li></ul>"
    ),
    "evaluation_method": "Selbstbewertung nach BITV 2.0 / WCAG 2.1 AA",
    "feedback_email": "barrierefreiheit@example.org",
    "feedback_phone": "0221 4710 190",
    "enforcement_url": "https://www.example.org/ombudsstelle-barrierefreie-it",
    "body": [
        ("h2", "Schlichtungsverfahren"),
        (
            "p",
            "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, "
            "können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik "
            "wenden.</p>",
        ),
    ],
}

EASY_READ_INDEX = {
    "title": "Leichte Sprache",
    "slug": "leichte-sprache",
    "introduction": "Hier erklären wir unsere Arbeit in einfachen Worten.",
}
SIGN_LANGUAGE = {
    "title": "Gebärdensprache",
    "slug": "gebaerdensprache",
    "introduction": "Informationen zu dieser Website in Deutscher Gebärdensprache (DGS).",
    "video_heading": "Was Sie auf dieser Website finden",
    "video_title": "DGS-Video: Was Sie auf dieser Website finden (Platzhalter)",
    "captions_title": "Untertitel zum DGS-Video (WebVTT)",
    "transcript": (
        "Willkommen bei Kurve kriegen. Hier finden Sie Geschichten, die Mut machen, und "
        "Materialien für Ihre Arbeit. Oben auf jeder Seite finden Sie das Menü und die Suche."
    ),
}
EASY_READ_PAGES = [
    {
        "title": "Was ist Kurve kriegen?",
        "slug": "was-ist-kurve-kriegen",
        "introduction": "Kurve kriegen hilft jungen Menschen.",
        "body": [
            ("p", "<p>Manche junge Menschen machen Dinge, die verboten sind.</p>"),
            ("p", "<p>Kurve kriegen hilft ihnen.</p><p>Und es hilft ihren Familien.</p>"),
            ("h2", "Wer hilft?"),
            (
                "p",
                "<p>Es helfen Menschen von der Polizei.</p><p>Es helfen Sozial·arbeiter.</p>"
                "<p>Sozial·arbeiter sind Menschen, die bei Problemen helfen.</p>",
            ),
        ],
    },
    {
        "title": "So bekommen Sie Hilfe",
        "slug": "hilfe-bekommen",
        "introduction": "Sie können uns anrufen oder schreiben.",
        "body": [
            ("p", "<p>Sie haben Sorgen um Ihr Kind?</p><p>Dann melden Sie sich bei uns.</p>"),
            ("h2", "Wie geht das?"),
            (
                "p",
                "<p>Suchen Sie Ihre Stadt auf der Seite Standorte.</p>"
                "<p>Dort steht eine Telefon·nummer.</p><p>Das Gespräch kostet nichts.</p>",
            ),
        ],
    },
]
