"""German demo materials (with the text their generated files show) and the card set."""

RIGHTS_HOLDER = "Land Nordrhein-Westfalen, Programmbüro Kurve kriegen"
CREDIT = "Gestaltung: Programmbüro Kurve kriegen (Demo)"
LICENCE_PROGRAMME = "Alle Rechte vorbehalten, Nutzung im Programm frei"
LICENCE_OPEN = "CC BY-NC 4.0"

# Image materials: posters (DIN A) and social-media tiles (square).
IMAGE_MATERIALS = [
    ("plakat-respekt-statt-angst", "Plakat „Respekt statt Angst“", "poster", "#1d4e89",
     "Respekt statt Angst", "Echte Stärke braucht keine Drohung.",
     ["ehre-und-respekt", "gewalt"], ["jugendliche"]),
    ("kachel-hilfe-holen", "Kachel „Wer Hilfe holt, schützt die Familie“", "social_media",
     "#7a2e5c", "Wer Hilfe holt, schützt die Familie.", "Vertrauliche Beratung an sieben "
     "Standorten.", ["familie"], ["muetter", "eltern"]),
    ("kachel-abschluss", "Kachel „Dein Abschluss gehört dir“", "social_media", "#2f6f4f",
     "Dein Abschluss gehört dir.", "Lernhilfe gibt es auch in deiner Stadt.",
     ["schule", "zukunft-und-beruf"], ["jugendliche"]),
    ("plakat-muetter-staerken", "Plakat „Mütter stärken – Familien stärken“", "poster",
     "#7a2e5c", "Mütter stärken – Familien stärken", "Elterncafés in Bochum, Dortmund und "
     "Recklinghausen.", ["familie"], ["muetter"]),
    ("plakat-stark-ist", "Plakat „Stark ist, wer sich im Griff hat“", "poster", "#8a4b0f",
     "Stark ist, wer sich im Griff hat.", "Konflikte lösen ohne Gewalt.",
     ["gewalt", "ehre-und-respekt"], ["jugendliche"]),
    ("kachel-ausstieg", "Kachel „Ausstieg ist möglich“", "social_media", "#3b3b6d",
     "Ausstieg ist möglich.", "Du musst es nicht allein schaffen.",
     ["freundeskreis"], ["jugendliche"]),
    ("plakat-wir-hoeren-zu", "Plakat „Kurve kriegen – wir hören zu“", "poster", "#1d4e89",
     "Kurve kriegen – wir hören zu.", "Für junge Menschen und ihre Familien.",
     ["familie", "zukunft-und-beruf"], ["jugendliche", "eltern"]),
    ("kachel-recht-schuetzt", "Kachel „Recht schützt auch deine Familie“", "social_media",
     "#2f6f4f", "Recht schützt auch deine Familie.", "Loyalität heißt nicht, Unrecht zu "
     "decken.", ["familie", "polizei-und-justiz"], ["jugendliche"]),
    ("plakat-elterncafe", "Veranstaltungsplakat „Elterncafé“", "poster", "#b5473a",
     "Elterncafé im Begegnungszentrum", "Jeden Donnerstag, 10 bis 12 Uhr. Kinderbetreuung "
     "vor Ort.", ["familie"], ["muetter", "eltern"]),
    ("infografik-wege", "Infografik „Wege aus der Kriminalität“", "poster", "#3b3b6d",
     "Wege aus der Kriminalität", "Reden – Hilfe holen – Ziele finden – dranbleiben.",
     ["zukunft-und-beruf", "freundeskreis"], ["jugendliche", "jugendhilfe"]),
]

# Document materials: PDFs drawn page by page. (slug, title, format, colour, headline,
# subline, topics, audiences, pages, paragraphs, language of the file)
DOCUMENT_MATERIALS = [
    ("flyer-eltern", "Flyer „Informationen für Eltern“", "flyer", "#1d4e89",
     "Kurve kriegen – Informationen für Eltern", "Was Familien wissen sollten",
     ["familie"], ["eltern", "muetter"], 1,
     ["Sie machen sich Sorgen um Ihr Kind? Sie sind nicht allein.",
      "Kurve kriegen begleitet Kinder und Jugendliche, die mit dem Gesetz in Konflikt "
      "geraten sind, und ihre Familien. Die Teilnahme ist freiwillig.",
      "Rufen Sie uns an. Das erste Gespräch ist vertraulich und kostenlos."]),
    ("flyer-jugendliche", "Flyer „Informationen für Jugendliche“", "flyer", "#2f6f4f",
     "Kurve kriegen – deine Chance", "Für junge Menschen zwischen 8 und 16 Jahren",
     ["zukunft-und-beruf"], ["jugendliche"], 1,
     ["Ärger mit der Polizei? Stress in der Schule? Du musst da nicht allein durch.",
      "Wir hören zu, wir helfen bei Schule und Ausbildung, und wir sind auch für deine "
      "Familie da."]),
    ("leitfaden-botschafter", "Leitfaden „Glaubhafte Botschafter*innen“", "brochure", "#3b3b6d",
     "Glaubhafte Botschafter*innen", "Leitfaden für Fachkräfte",
     ["ehre-und-respekt", "familie"], ["jugendhilfe", "polizei", "kommunen"], 3,
     ["Glaubhafte Botschafter*innen sind Menschen aus den Communities, denen junge Menschen "
      "zuhören: Mütter, Trainer, ehemalige Teilnehmende.",
      "Der Leitfaden beschreibt, wie Botschafter*innen gewonnen, begleitet und geschützt "
      "werden – von der Einwilligung bis zum Auftritt."]),
    ("arbeitsblatt-respekt", "Arbeitsblatt „Was bedeutet Respekt?“", "worksheet", "#1d4e89",
     "Was bedeutet Respekt?", "Arbeitsblatt für die Klassen 7 bis 10",
     ["ehre-und-respekt"], ["lehrkraefte", "jugendliche"], 1,
     ["1. Wen respektierst du? Warum?", "2. Woran merkst du, dass dich jemand respektiert?",
      "3. Was ist der Unterschied zwischen Respekt und Angst?"]),
    ("arbeitsblatt-ziele", "Arbeitsblatt „Mein Weg, meine Ziele“", "worksheet", "#2f6f4f",
     "Mein Weg, meine Ziele", "Arbeitsblatt zur Berufsorientierung",
     ["zukunft-und-beruf", "schule"], ["jugendliche", "lehrkraefte"], 1,
     ["Wo möchtest du in fünf Jahren sein?", "Welche drei Schritte bringen dich dahin?",
      "Wer kann dir dabei helfen?"]),
    ("training-gefaehrdungsmanagement", "Präsentation „Persönliches Gefährdungsmanagement“",
     "presentation", "#444444", "Persönliches Gefährdungsmanagement",
     "Trainingsunterlage für Polizei und Kommunen",
     ["polizei-und-justiz", "gewalt"], ["polizei", "kommunen"], 2,
     ["Modul 1: Gefährdungslagen erkennen und einschätzen.",
      "Modul 2: Schutzmaßnahmen für Beschäftigte und Familien planen.",
      "Modul 3: Gespräche sicher führen und dokumentieren."]),
    ("handbuch-muetter", "Methodenhandbuch „Arbeit mit Müttern“", "brochure", "#7a2e5c",
     "Arbeit mit Müttern", "Methodenhandbuch für Fachkräfte",
     ["familie"], ["jugendhilfe", "kommunen"], 3,
     ["Mütter sind Schlüsselpersonen in der Prävention. Dieses Handbuch sammelt Methoden "
      "aus fünf Standorten: Elterncafés, Gesprächskreise und Lotsendienste.",
      "Jede Methode beschreibt Ziel, Ablauf, Dauer und Erfahrungen."]),
    ("einladung-elterncafe", "Einladung „Elterncafé“", "flyer", "#b5473a",
     "Einladung zum Elterncafé", "Für Mütter und Väter aus dem Stadtteil",
     ["familie"], ["eltern", "muetter"], 1,
     ["Kommen Sie vorbei, trinken Sie einen Tee und sprechen Sie mit anderen Eltern.",
      "Wir sprechen Deutsch, Arabisch, Türkisch und Kurmancî."]),
    ("zwischenbericht-evaluation", "Kurzfassung „Zwischenbericht der Evaluation“", "brochure",
     "#444444", "Zwischenbericht der wissenschaftlichen Begleitung", "Kurzfassung",
     ["zukunft-und-beruf"], ["oeffentlichkeit", "kommunen"], 2,
     ["Die Evaluation zeigt: Botschaften von glaubhaften Botschafter*innen werden deutlich "
      "besser erinnert als allgemeine Kampagnenbotschaften.",
      "Trainings für Polizei und Kommunen werden von 87 Prozent der Teilnehmenden als "
      "hilfreich bewertet (Demo-Zahl)."]),
    ("handreichung-lehrkraefte", "Handreichung „Narrative im Unterricht“", "worksheet",
     "#8a4b0f", "Narrative im Unterricht", "Handreichung für Lehrkräfte",
     ["schule"], ["lehrkraefte"], 2,
     ["Wie erkenne ich negative Narrative im Klassenzimmer? Wie reagiere ich, ohne zu "
      "beschämen?", "Die Handreichung bietet drei Unterrichtseinheiten à 90 Minuten."]),
]

CARD_SET = {
    "slug": "wege-aus-der-kriminalitaet",
    "title": "Wege aus der Kriminalität – Werte- und Ressourcenkarten",
    "introduction": "Karten für Gespräche mit jungen Menschen über das, was ihnen wichtig "
    "ist, und das, was sie stark macht.",
    "instructions": "Für Einzelgespräche oder Gruppen bis acht Personen, 20 bis 45 Minuten. "
    "Die Jugendlichen wählen zwei Wertekarten und eine Ressourcenkarte und erzählen, warum. "
    "Fragen nur anbieten, nie abfragen.",
}
# (kind, title, value slug or None, prompts, notes)
CARDS = [
    ("value", "Respekt", "respekt",
     ["Wen respektierst du – und warum?", "Wann hast du zuletzt Respekt erfahren?",
      "Kann man Respekt verdienen, ohne Angst zu machen?"],
     "Gut als Einstieg; Bezug zum Narrativ „Respekt durch Angst“."),
    ("value", "Verantwortung", "verantwortung",
     ["Wofür bist du verantwortlich?", "Wer verlässt sich auf dich?"],
     "Auf kleine Verantwortungen im Alltag achten."),
    ("value", "Ehrlichkeit", "ehrlichkeit",
     ["Wann fällt es dir schwer, ehrlich zu sein?", "Wem kannst du alles sagen?"], ""),
    ("value", "Mut", "mut",
     ["Wann warst du mutig?", "Ist Nein-Sagen mutig?", "Was würdest du tun, wenn du keine "
      "Angst hättest?"], "Mut nicht mit Risiko verwechseln lassen."),
    ("value", "Gerechtigkeit", "gerechtigkeit",
     ["Wann hast du dich ungerecht behandelt gefühlt?", "Was wäre gerecht gewesen?"],
     "Diskriminierungserfahrungen ernst nehmen."),
    ("value", "Familie", "familie",
     ["Was gibt dir deine Familie?", "Was wünschst du dir von deiner Familie?",
      "Was möchtest du deiner Familie geben?"], "Vorsicht bei belasteten Familiensituationen."),
    ("value", "Freundschaft", "freundschaft",
     ["Woran erkennst du einen echten Freund?", "Hat dich ein Freund schon einmal in "
      "Schwierigkeiten gebracht?"], ""),
    ("value", "Bildung", "bildung",
     ["Was hast du zuletzt gern gelernt?", "Was möchtest du noch lernen?"], ""),
    ("value", "Vertrauen", "vertrauen",
     ["Wem vertraust du?", "Was braucht es, damit du jemandem vertraust?"], ""),
    ("value", "Selbstbestimmung", "selbstbestimmung",
     ["Welche Entscheidung triffst du ganz allein?", "Wer bestimmt über deine Zukunft?"], ""),
    ("resource", "Eine Person, der ich vertraue", None,
     ["Wer ist diese Person?", "Wann hast du zuletzt mit ihr gesprochen?",
      "Wie kann sie dir jetzt helfen?"], "Wichtigste Ressourcenkarte bei Ausstiegsfragen."),
    ("resource", "Meine Stärken", None,
     ["Was kannst du gut?", "Was würden deine Freunde sagen, was du gut kannst?"], ""),
    ("resource", "Sport und Bewegung", None,
     ["Welcher Sport tut dir gut?", "Wo kannst du in deiner Stadt trainieren?"],
     "Kontakte zu Sportvereinen am Standort bereithalten."),
    ("resource", "Meine Sprachen", None,
     ["Welche Sprachen sprichst du?", "Wo helfen dir deine Sprachen?"],
     "Mehrsprachigkeit als Stärke benennen."),
    ("resource", "Ein Ort, an dem ich zur Ruhe komme", None,
     ["Wo fühlst du dich sicher?", "Was machst du dort?"], ""),
    ("resource", "Hilfe holen können", None,
     ["Wen kannst du anrufen, wenn es brennt?", "Was hält dich davon ab, Hilfe zu holen?"],
     "Notfallnummern des Standorts ergänzen."),
    ("resource", "Meine Ziele", None,
     ["Was willst du in einem Jahr erreicht haben?", "Was ist der erste Schritt?",
      "Wer kann dich unterstützen?"], ""),
]
