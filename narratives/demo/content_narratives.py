"""German demo narratives: the negative narrative, its counter-narrative and how to use them.

Relations name other demo objects by slug (taxonomies, messengers, materials) or by city (sites).
`review_in_days` is relative to the day of loading; negative values make a narrative overdue.
"""

# Shared sources; all invented, but shaped like the reports such a programme cites.
SOURCES = {
    "evaluation-2024": {
        "title": "Zwischenbericht der wissenschaftlichen Begleitung 2024",
        "publisher": "Forschungsverbund Präventionsevaluation Ruhr",
        "year": 2024,
        "url": "https://www.example.org/evaluation/zwischenbericht-2024",
    },
    "messengers-study": {
        "title": "Glaubhafte Botschafter*innen in der Präventionsarbeit – eine Interviewstudie",
        "publisher": "Forschungsverbund Präventionsevaluation Ruhr",
        "year": 2025,
        "url": "https://www.example.org/evaluation/botschafter-studie",
    },
    "mothers-report": {
        "title": "Arbeit mit Müttern: Erfahrungen aus fünf Standorten",
        "publisher": "Programmbüro Integration, Orientierung, Perspektiven!",
        "year": 2024,
    },
    "school-survey": {
        "title": "Schulbefragung 2023: Einstellungen zu Bildung und Zukunft",
        "publisher": "Forschungsverbund Präventionsevaluation Ruhr",
        "year": 2023,
    },
    "police-contact": {
        "title": "Kontakte auf Augenhöhe – Auswertung der Trainings für den Bezirksdienst",
        "publisher": "Programmbüro Integration, Orientierung, Perspektiven!",
        "year": 2025,
    },
    "exit-paths": {
        "title": "Ausstiegswege junger Erwachsener aus kriminellen Gruppen – Fallanalysen",
        "publisher": "Forschungsverbund Präventionsevaluation Ruhr",
        "year": 2024,
        "url": "https://www.example.org/evaluation/ausstiegswege",
    },
}

NARRATIVES = [
    {
        "slug": "familie-ueber-dem-gesetz",
        "title": "Die Familie steht über dem Gesetz",
        "introduction": "Warum Loyalität zur Familie und Respekt vor dem Recht zusammengehen.",
        "negative": "Was die Familie sagt, gilt. Das Gesetz ist für die anderen.",
        "counter": "Familie gibt Halt – und das Recht schützt jede Familie, auch deine. "
        "Wer seine Familie liebt, bringt sie nicht in Gefahr.",
        "key_messages": [
            "Das Recht schützt auch deine Familie.",
            "Loyalität heißt nicht, Unrecht zu decken.",
            "Starke Familien lösen Konflikte ohne Gewalt.",
        ],
        "context": "Viele Jugendliche erleben die Familie als einzigen verlässlichen Ort. "
        "Staatliche Regeln wirken dagegen fremd oder feindlich.",
        "quote": (
            "Meine Familie ist mir heilig. Gerade deshalb will ich sie nicht im "
            "Gerichtssaal sehen.",
            "Malik R.",
        ),
        "alternative": "Familienzusammenhalt und Rechtstreue schließen sich nicht aus. "
        "Botschafter*innen erzählen, wie sie beides verbinden.",
        "talking_points": "<p>Nicht die Familie angreifen, sondern an ihren Schutz "
        "anknüpfen.</p><ul><li>Fragen: Was würde deiner Mutter Sorgen machen?</li>"
        "<li>Beispiele nennen, in denen das Recht Familien geschützt hat.</li></ul>",
        "sources": ["evaluation-2024", "mothers-report"],
        "topics": ["familie", "polizei-und-justiz"],
        "audiences": ["jugendliche", "eltern"],
        "values": ["familie", "verantwortung", "gerechtigkeit"],
        "approaches": ["narrative-aufloesen", "arbeit-mit-muettern"],
        "sites": ["Essen", "Duisburg", "Recklinghausen"],
        "messengers": ["malik-r", "samira-k"],
        "materials": ["kachel-recht-schuetzt", "flyer-eltern"],
        "review_in_days": -20,
    },
    {
        "slug": "schule-bringt-nichts",
        "title": "Schule bringt Leuten wie uns nichts",
        "introduction": "Ein Abschluss ist etwas, das dir niemand wegnehmen kann.",
        "negative": "Für Leute wie uns bringt Schule nichts. Am Ende arbeiten wir sowieso "
        "in der Familie.",
        "counter": "Ein Abschluss gehört dir allein. Viele aus unseren Vierteln haben es "
        "geschafft – mit Unterstützung, die es auch für dich gibt.",
        "key_messages": [
            "Dein Abschluss gehört dir.",
            "Hilfe beim Lernen ist keine Schwäche.",
            "Es ist nie zu spät für einen neuen Anfang.",
        ],
        "context": "Schlechte Erfahrungen mit Noten und Lehrkräften verfestigen das Gefühl, "
        "in der Schule nicht erwünscht zu sein.",
        "quote": (
            "Mit dem Hauptschulabschluss hat es angefangen. Heute mache ich eine Ausbildung.",
            "Malik R.",
        ),
        "alternative": "Konkrete Vorbilder und Lernpatenschaften zeigen, dass Bildung "
        "Türen öffnet, die Geld allein nicht öffnet.",
        "talking_points": "<p>Erfolge klein machen: ein Test, ein Praktikum, ein Abschluss."
        "</p><ul><li>Nach Lieblingsfächern fragen, nicht nach Noten.</li><li>Lernhilfen "
        "am Standort konkret benennen.</li></ul>",
        "sources": ["school-survey"],
        "topics": ["schule", "zukunft-und-beruf"],
        "audiences": ["jugendliche", "lehrkraefte", "eltern"],
        "values": ["bildung", "geduld", "selbstbestimmung"],
        "approaches": ["schulprojekte", "glaubhafte-botschafter"],
        "sites": ["Gelsenkirchen", "Dortmund", "Oberhausen"],
        "messengers": ["malik-r", "nadia-h"],
        "materials": ["kachel-abschluss", "arbeitsblatt-ziele", "handreichung-lehrkraefte"],
        "review_in_days": 240,
    },
    {
        "slug": "polizei-gegen-uns",
        "title": "Die Polizei ist gegen uns",
        "introduction": "Misstrauen gegenüber der Polizei – und wie Kontakt auf Augenhöhe gelingt.",
        "negative": "Die Polizei ist gegen uns. Die kontrollieren uns nur wegen unseres Namens.",
        "counter": "Die Polizei ist für die Sicherheit aller da – auch für deine. Kontakt "
        "auf Augenhöhe ist möglich, und Beschwerden haben einen geregelten Weg.",
        "key_messages": [
            "Sicherheit ist ein Recht für alle.",
            "Wer sich ungerecht behandelt fühlt, kann sich beschweren.",
        ],
        "context": "Erfahrungen mit Kontrollen und Erzählungen aus dem Umfeld prägen das Bild "
        "der Polizei, oft lange vor dem ersten eigenen Kontakt.",
        "quote": (
            "Beim Fußballturnier habe ich zum ersten Mal mit einer Polizistin "
            "gesprochen, ohne dass es Ärger gab.",
            "Teilnehmer aus Duisburg",
        ),
        "alternative": "Begegnungen außerhalb von Einsätzen – beim Sport, in der Schule – "
        "verändern das Bild auf beiden Seiten.",
        "talking_points": "<p>Erfahrungen ernst nehmen, nicht wegdiskutieren.</p><ul>"
        "<li>Auf das Beschwerdeverfahren hinweisen.</li><li>Bezirksdienst zu "
        "Projekttagen einladen.</li></ul>",
        "sources": ["police-contact"],
        "topics": ["polizei-und-justiz"],
        "audiences": ["jugendliche", "polizei"],
        "values": ["vertrauen", "gerechtigkeit", "respekt"],
        "approaches": ["sport-und-freizeit", "trainings"],
        "sites": ["Duisburg", "Bochum"],
        "messengers": ["coach-deniz"],
        "materials": ["training-gefaehrdungsmanagement"],
        "review_in_days": 300,
    },
    {
        "slug": "wer-redet-verraet-die-familie",
        "title": "Wer redet, verrät die Familie",
        "introduction": "Schweigen schützt nicht die Familie, sondern die, die ihr schaden.",
        "negative": "Wer mit Fremden über Probleme redet, ist ein Verräter.",
        "counter": "Wer Hilfe holt, schützt die Familie. Schweigen schützt nur die, die "
        "Unrecht tun.",
        "key_messages": [
            "Hilfe holen ist mutig.",
            "Beratung ist vertraulich.",
            "Schweigen schützt die Falschen.",
        ],
        "context": "Das Schweigegebot wird früh vermittelt und mit Ehre verknüpft. Wer "
        "spricht, fürchtet Ausschluss.",
        "quote": (
            "Ich habe geredet, als mein Sohn in Gefahr war. Meine Familie ist "
            "heute stärker als vorher.",
            "Samira K.",
        ),
        "alternative": "Mütter, die Hilfe geholt haben, erzählen davon – und machen anderen "
        "Mut, denselben Schritt zu gehen.",
        "talking_points": "<p>Vertraulichkeit genau erklären: Wer erfährt was?</p><ul>"
        "<li>Anonyme Erstberatung anbieten.</li><li>Nie Druck aufbauen, "
        "Namen zu nennen.</li></ul>",
        "sources": ["mothers-report", "messengers-study"],
        "topics": ["familie", "ehre-und-respekt"],
        "audiences": ["muetter", "eltern", "jugendliche"],
        "values": ["mut", "ehrlichkeit", "familie"],
        "approaches": ["arbeit-mit-muettern", "glaubhafte-botschafter"],
        "sites": ["Essen", "Recklinghausen"],
        "messengers": ["samira-k", "leyla-a"],
        "materials": ["kachel-hilfe-holen", "handbuch-muetter"],
        "review_in_days": 180,
    },
    {
        "slug": "respekt-durch-angst",
        "title": "Respekt bekommt man nur durch Angst",
        "introduction": "Angst erzeugt Gehorsam – Respekt entsteht anders.",
        "negative": "Respekt bekommt nur, wer gefürchtet wird.",
        "counter": "Angst erzeugt Gehorsam, keinen Respekt. Respekt verdient, wer "
        "zuverlässig ist und andere fair behandelt.",
        "key_messages": [
            "Respekt statt Angst.",
            "Echte Stärke braucht keine Drohung.",
            "Fair sein ist nicht schwach sein.",
        ],
        "context": "In manchen Gruppen gilt, wer droht, als stark. Jugendliche übernehmen "
        "dieses Bild, um nicht selbst Opfer zu werden.",
        "quote": (
            "Im Ring lernst du als Erstes: Respekt vor dem Gegner. Wer das nicht kann, verliert.",
            "Coach Deniz",
        ),
        "alternative": "Trainer*innen und ältere Jugendliche leben vor, wie man Respekt "
        "bekommt, ohne Angst zu machen.",
        "talking_points": "<p>Den Unterschied zwischen Angst und Respekt gemeinsam "
        "erarbeiten.</p><ul><li>Karte „Respekt“ aus dem Kartenset nutzen.</li><li>Nach "
        "Menschen fragen, die man respektiert – und warum.</li></ul>",
        "sources": ["evaluation-2024"],
        "topics": ["ehre-und-respekt", "gewalt"],
        "audiences": ["jugendliche", "jugendhilfe"],
        "values": ["respekt", "mut", "freundschaft"],
        "approaches": ["sport-und-freizeit", "narrative-aufloesen"],
        "sites": ["Duisburg", "Oberhausen", "Essen"],
        "messengers": ["coach-deniz"],
        "materials": ["plakat-respekt-statt-angst", "arbeitsblatt-respekt"],
        "review_in_days": 150,
    },
    {
        "slug": "schnelles-geld",
        "title": "Schnelles Geld ist alles, was zählt",
        "introduction": "Was schnelles Geld wirklich kostet.",
        "negative": "Mit ehrlicher Arbeit wird man nie reich. Schnelles Geld ist das Einzige, "
        "was zählt.",
        "counter": "Schnelles Geld kostet oft Freiheit, Gesundheit und Familie. Eigenes "
        "Einkommen aus Ausbildung und Arbeit bleibt.",
        "key_messages": [
            "Was schnell kommt, geht schnell.",
            "Eigenes Geld macht unabhängig.",
        ],
        "context": "Statussymbole in sozialen Medien vermitteln, dass Reichtum ohne Mühe "
        "möglich ist.",
        "quote": ("Das Auto war geliehen, die Schulden waren echt.", "Malik R."),
        "alternative": "Ehemalige Teilnehmer zeigen die Rechnung hinter dem schnellen Geld.",
        "talking_points": "<p>Mit Zahlen arbeiten: Ausbildungsvergütung, Lebenshaltung, "
        "Strafen.</p><ul><li>Nicht moralisieren, rechnen lassen.</li></ul>",
        "sources": ["exit-paths"],
        "topics": ["geld-und-konsum", "zukunft-und-beruf"],
        "audiences": ["jugendliche"],
        "values": ["verantwortung", "ehrlichkeit", "geduld"],
        "approaches": ["glaubhafte-botschafter", "narrative-aufloesen"],
        "sites": ["Dortmund", "Gelsenkirchen"],
        "messengers": ["malik-r"],
        "materials": ["flyer-jugendliche"],
        "review_in_days": 90,
    },
    {
        "slug": "echter-mann-faeuste",
        "title": "Ein echter Mann regelt das mit den Fäusten",
        "introduction": "Stärke zeigt, wer sich im Griff hat.",
        "negative": "Ein echter Mann lässt sich nichts gefallen und regelt Probleme mit "
        "den Fäusten.",
        "counter": "Stark ist, wer sich im Griff hat. Konflikte ohne Gewalt zu lösen, ist "
        "schwerer – und mutiger.",
        "key_messages": [
            "Stark ist, wer sich im Griff hat.",
            "Weggehen kann die mutigste Entscheidung sein.",
            "Gewalt hat Folgen – für dich und deine Familie.",
        ],
        "context": "Männlichkeitsbilder, die Gewalt belohnen, werden in Gruppen und Videos "
        "weitergegeben.",
        "quote": (
            "Meine Jungs lernen zuschlagen im Training – und wann sie es nie tun.",
            "Coach Deniz",
        ),
        "alternative": "Sport bietet einen geschützten Rahmen, in dem Kraft und "
        "Selbstbeherrschung zusammengehören.",
        "talking_points": "<p>Situationen durchspielen: Was tust du, wenn …?</p><ul><li>"
        "Ausstiegssätze üben.</li><li>Folgen für Familie und Zukunft besprechen.</li></ul>",
        "sources": ["evaluation-2024"],
        "topics": ["gewalt", "ehre-und-respekt"],
        "audiences": ["jugendliche", "lehrkraefte"],
        "values": ["mut", "verantwortung", "respekt"],
        "approaches": ["sport-und-freizeit", "schulprojekte"],
        "sites": ["Duisburg", "Bochum", "Oberhausen"],
        "messengers": ["coach-deniz", "yusuf-b"],
        "materials": ["plakat-stark-ist"],
        "review_in_days": 200,
    },
    {
        "slug": "keine-chance-in-deutschland",
        "title": "Für Leute wie uns gibt es hier keine Chance",
        "introduction": "Hürden sind real – Wege auch.",
        "negative": "In Deutschland haben Leute wie wir keine Chance. Also nehmen wir uns, "
        "was wir kriegen.",
        "counter": "Hürden gibt es, aber auch Wege: Ausbildung, Beratung, Mentoring. Viele "
        "haben ihren Platz gefunden und helfen jetzt anderen.",
        "key_messages": [
            "Dein Weg ist nicht vorgezeichnet.",
            "Es gibt Menschen, die dich begleiten.",
        ],
        "context": "Erfahrungen mit Diskriminierung und ein unsicherer Aufenthaltsstatus "
        "nähren das Gefühl, ausgeschlossen zu sein.",
        "quote": (
            "Man hat mir oft gesagt, was ich nicht kann. Heute sage ich jungen "
            "Leuten, was sie können.",
            "Yusuf B.",
        ),
        "alternative": "Diskriminierung benennen und trotzdem Möglichkeiten aufzeigen: "
        "mit Mentor*innen, die es selbst erlebt haben.",
        "talking_points": "<p>Diskriminierungserfahrungen anerkennen.</p><ul><li>"
        "Beratungsstellen zu Aufenthalt und Ausbildung kennen.</li></ul>",
        "sources": ["messengers-study"],
        "topics": ["zukunft-und-beruf"],
        "audiences": ["jugendliche", "kommunen", "jugendhilfe"],
        "values": ["gerechtigkeit", "selbstbestimmung", "zusammenhalt"],
        "approaches": ["glaubhafte-botschafter"],
        "sites": ["Gelsenkirchen", "Recklinghausen"],
        "messengers": ["yusuf-b"],
        "materials": ["plakat-wir-hoeren-zu"],
        "review_in_days": 330,
    },
    {
        "slug": "muetter-haben-nichts-zu-sagen",
        "title": "Mütter haben da nichts zu sagen",
        "introduction": "Mütter sind oft die Ersten, die Veränderungen bemerken.",
        "negative": "In diesen Fragen entscheiden die Männer. Mütter haben da nichts zu sagen.",
        "counter": "Mütter sind oft die Ersten, die Veränderungen bemerken – und ihr Wort "
        "hat Gewicht. Gestärkte Mütter stärken ganze Familien.",
        "key_messages": [
            "Mütter stärken – Familien stärken.",
            "Ihr Wort hat Gewicht.",
            "Sie sind nicht allein.",
        ],
        "context": "Mütter erleben sich häufig als machtlos gegenüber Söhnen und dem "
        "erweiterten Familienumfeld.",
        "quote": (
            "Im Elterncafé habe ich gemerkt: Andere Mütter haben dieselben Sorgen.",
            "Leyla A.",
        ),
        "alternative": "Gruppenangebote für Mütter schaffen Austausch, Wissen und Selbstvertrauen.",
        "talking_points": "<p>Mütter als Expertinnen ihrer Familie ansprechen.</p><ul><li>"
        "Angebote in der Familiensprache machen.</li><li>Kinderbetreuung "
        "mitdenken.</li></ul>",
        "sources": ["mothers-report"],
        "topics": ["familie"],
        "audiences": ["muetter", "jugendhilfe"],
        "values": ["familie", "mut", "zusammenhalt"],
        "approaches": ["arbeit-mit-muettern"],
        "sites": ["Recklinghausen", "Bochum", "Dortmund"],
        "messengers": ["leyla-a", "samira-k"],
        "materials": ["plakat-muetter-staerken", "einladung-elterncafe", "handbuch-muetter"],
        "review_in_days": 120,
    },
    {
        "slug": "knast-bringt-ansehen",
        "title": "Knast gehört dazu und bringt Ansehen",
        "introduction": "Was Haft wirklich bedeutet.",
        "negative": "Wer im Knast war, ist jemand. Das gehört dazu.",
        "counter": "Haft nimmt Jahre, Chancen und Beziehungen. Wer zurückkommt, erzählt "
        "selten von Ansehen, sondern von Verlust.",
        "key_messages": [
            "Haft kostet Jahre, die nicht wiederkommen.",
            "Ansehen verdient man draußen.",
        ],
        "context": "Haft wird in manchen Gruppen als Bewährungsprobe verklärt.",
        "quote": (
            "Ich habe die Geburt meiner Nichte verpasst. Das hat mir niemand zurückgegeben.",
            "ehemaliger Teilnehmer",
        ),
        "alternative": "Ehrliche Erzählungen über Haft setzen dem Mythos etwas entgegen.",
        "talking_points": "<p>Nicht abschrecken, sondern ehrlich erzählen lassen.</p>",
        "sources": ["exit-paths"],
        "topics": ["polizei-und-justiz", "zukunft-und-beruf"],
        "audiences": ["jugendliche"],
        "values": ["verantwortung", "ehrlichkeit"],
        "approaches": ["glaubhafte-botschafter", "narrative-aufloesen"],
        "sites": ["Essen", "Dortmund"],
        "messengers": ["malik-r"],
        "materials": [],
        "review_in_days": -5,
    },
    {
        "slug": "staat-schulden-wir-nichts",
        "title": "Der Staat hat uns nie geholfen",
        "introduction": "Rechte und Pflichten gelten für alle.",
        "negative": "Der Staat hat uns nie geholfen, also schulden wir ihm nichts.",
        "counter": "Rechte und Pflichten gelten für alle. Es gibt Angebote, die du "
        "einfordern kannst – und Menschen, die dich dabei begleiten.",
        "key_messages": [
            "Du hast Rechte – nutze sie.",
            "Es gibt Begleitung durch Ämter und Beratung.",
        ],
        "context": "Lange Wartezeiten und unverständliche Bescheide bestätigen das Gefühl, "
        "vom Staat übersehen zu werden.",
        "quote": (
            "Früher habe ich jeden Brief vom Amt weggeworfen. Heute gehe ich mit "
            "meiner Lotsin hin.",
            "Teilnehmerin aus Gelsenkirchen",
        ),
        "alternative": "Lotsinnen und Lotsen begleiten Familien zu Ämtern und übersetzen.",
        "talking_points": "<p>Konkrete Unterstützung anbieten statt Appelle.</p><ul><li>"
        "Termine gemeinsam vorbereiten.</li></ul>",
        "sources": ["evaluation-2024"],
        "topics": ["zukunft-und-beruf", "familie"],
        "audiences": ["eltern", "kommunen"],
        "values": ["gerechtigkeit", "vertrauen"],
        "approaches": ["trainings"],
        "sites": ["Gelsenkirchen", "Oberhausen"],
        "messengers": ["yusuf-b"],
        "materials": ["flyer-eltern"],
        "review_in_days": 270,
    },
    {
        "slug": "ehre-mit-gewalt-verteidigen",
        "title": "Ehre muss man notfalls mit Gewalt verteidigen",
        "introduction": "Ehre zeigt sich darin, wie man andere behandelt.",
        "negative": "Wenn jemand die Familie beleidigt, muss man die Ehre verteidigen – "
        "notfalls mit Gewalt.",
        "counter": "Ehre zeigt sich darin, wie man andere behandelt. Wer ehrenhaft handelt, "
        "braucht keine Gewalt.",
        "key_messages": [
            "Ehre zeigt sich im Umgang mit anderen.",
            "Gewalt beschädigt die Ehre der Familie.",
            "Worte können Konflikte beenden.",
        ],
        "context": "Beleidigungen in Chats eskalieren schnell, wenn Gruppen Vergeltung erwarten.",
        "quote": ("Ehre ist, wenn meine Mutter stolz auf mich ist.", "Teilnehmer aus Essen"),
        "alternative": "Den Begriff der Ehre nicht ablehnen, sondern neu füllen.",
        "talking_points": "<p>Ehre als Wert ernst nehmen und mit Verantwortung "
        "verbinden.</p><ul><li>Deeskalation in Chats üben.</li></ul>",
        "sources": ["evaluation-2024", "messengers-study"],
        "topics": ["ehre-und-respekt", "gewalt", "familie"],
        "audiences": ["jugendliche", "eltern", "lehrkraefte"],
        "values": ["respekt", "verantwortung", "familie"],
        "approaches": ["narrative-aufloesen", "schulprojekte"],
        "sites": ["Essen", "Bochum", "Duisburg"],
        "messengers": ["yusuf-b", "coach-deniz"],
        "materials": ["infografik-wege"],
        "review_in_days": 60,
    },
    {
        "slug": "aussteigen-unmoeglich",
        "title": "Einmal drin, immer drin",
        "introduction": "Ausstieg ist möglich – mit vertraulicher Hilfe.",
        "negative": "Aus der Gruppe kommt man nicht raus. Einmal drin, immer drin.",
        "counter": "Ausstieg ist möglich. Es gibt vertrauliche Hilfe, und andere haben es "
        "vor dir geschafft.",
        "key_messages": [
            "Ausstieg ist möglich.",
            "Hilfe ist vertraulich.",
            "Du musst es nicht allein schaffen.",
        ],
        "context": "Schulden, Drohungen und Loyalität binden junge Menschen an Gruppen.",
        "quote": (
            "Der erste Anruf war der schwerste. Danach war ich nicht mehr allein.",
            "Malik R.",
        ),
        "alternative": "Ausstiegsgeschichten zeigen konkrete Schritte und Schutz.",
        "talking_points": "<p>Sicherheit geht vor: Gefährdung einschätzen, bevor Schritte "
        "geplant werden.</p><ul><li>Persönliches Gefährdungsmanagement "
        "einbeziehen.</li></ul>",
        "sources": ["exit-paths"],
        "topics": ["freundeskreis", "gewalt"],
        "audiences": ["jugendliche", "jugendhilfe", "polizei"],
        "values": ["mut", "selbstbestimmung"],
        "approaches": ["glaubhafte-botschafter"],
        "sites": ["Dortmund", "Recklinghausen", "Essen"],
        "messengers": ["malik-r"],
        "materials": ["kachel-ausstieg", "leitfaden-botschafter"],
        "review_in_days": 210,
    },
]

# Scaled narratives (--scale) reuse these pairs round-robin.
SCALED_TITLE = "Narrativ {number} – {title}"
