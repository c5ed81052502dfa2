"""Demo translations: the home page in every content language, so the demo shows translated
pages beside German stand-ins (and Arabic right to left). Everything else stays German until
someone translates it, as on a real site."""

from django.core.management import call_command
from wagtail.models import Page

from cms.models import HomePage

from .pages import Tally, stream

HOME_TRANSLATIONS = {
    "de-x-ls": {
        "title": "Start·seite",
        "hero_heading": "Kurve kriegen: Zusammen neue Wege gehen",
        "introduction": (
            "Das Land NRW hat ein Programm. Das Programm will Kriminalität verhindern. "
            "Es hilft Familien. Und es hilft jungen Menschen."
        ),
        "body": [
            ("h2", "Was wir machen"),
            (
                "p",
                "<p>Es gibt 7 Orte in NRW. Dort arbeiten Teams.</p><p>Die Teams helfen jungen "
                "Menschen. Und sie helfen den Familien.</p><p>Die Teams erzählen Geschichten. "
                "Die Geschichten machen Mut.</p>",
            ),
        ],
    },
    "en": {
        "title": "Home",
        "hero_heading": "Kurve kriegen – finding new paths together",
        "introduction": (
            "The state programme “Integration, Orientation, Perspectives!” prevents clan "
            "crime: with families, credible messengers and stories that give courage."
        ),
        "body": [
            ("h2", "What we do"),
            (
                "p",
                "<p>At seven sites in North Rhine-Westphalia, multi-professional teams work with "
                "young people and their families. They answer the narratives that lead into "
                "criminal structures with <b>credible alternatives</b>.</p>",
            ),
        ],
    },
    "tr": {
        "title": "Ana sayfa",
        "hero_heading": "Kurve kriegen – birlikte yeni yollara",
        "introduction": (
            "“Entegrasyon, Yönelim, Perspektifler!” eyalet programı klan suçlarını önlüyor: "
            "ailelerle, güvenilir elçilerle ve cesaret veren hikâyelerle."
        ),
        "body": [
            ("h2", "Ne yapıyoruz"),
            (
                "p",
                "<p>Kuzey Ren-Vestfalya'daki yedi program yerinde multidisipliner ekipler "
                "gençlerle ve aileleriyle çalışıyor. Suça götüren anlatılara <b>güvenilir "
                "alternatiflerle</b> karşılık veriyorlar.</p>",
            ),
        ],
    },
    "ar": {
        "title": "الصفحة الرئيسية",
        "hero_heading": "Kurve kriegen – معًا نحو طرق جديدة",
        "introduction": (
            "يعمل برنامج الولاية «الاندماج، التوجيه، الآفاق!» على الوقاية من الجريمة المرتبطة "
            "بالعشائر: مع العائلات والسفراء الموثوقين وقصص تمنح الشجاعة."
        ),
        "body": [
            ("h2", "ماذا نفعل"),
            (
                "p",
                "<p>تعمل فرق متعددة التخصصات في سبعة مواقع في ولاية شمال الراين - وستفاليا مع "
                "الشباب وعائلاتهم، وتواجه السرديات التي تقود إلى الجريمة <b>ببدائل موثوقة</b>."
                "</p>",
            ),
        ],
    },
    "kmr": {
        "title": "Rûpela sereke",
        "hero_heading": "Kurve kriegen – bi hev re ber bi rêyên nû ve",
        "introduction": (
            "Bernameya eyaletê «Entegrasyon, Rêbertî, Perspektîf!» pêşî li sûcên klanan "
            "digire: bi malbatan, bi peyamnêrên pêbawer û bi çîrokên ku wêrekiyê didin."
        ),
        "body": [
            ("h2", "Em çi dikin"),
            (
                "p",
                "<p>Li heft cihên li Nordrhein-Westfalenê tîmên pirpîşeyî bi ciwanan û "
                "malbatên wan re dixebitin. Ew li hember vegotinên ku ber bi sûc ve dibin "
                "<b>alternatîfên pêbawer</b> datînin.</p>",
            ),
        ],
    },
}


def sync_language_trees() -> None:
    """Give every language's tree the German pages it lacks, as stand-ins (aliases)."""
    call_command("sync_locale_trees")


def build_home_translations(home: HomePage, tally: Tally) -> None:
    """Turns each language's stand-in home page into a translation, once."""
    for code, fields in HOME_TRANSLATIONS.items():
        page = (
            Page.objects.filter(translation_key=home.translation_key, locale__language_code=code)
            .specific()
            .first()
        )
        if page is None:
            continue
        if not page.alias_of_id:
            tally.add("translations", created=False)
            continue
        Page.objects.filter(pk=page.pk).update(alias_of=None)
        page.refresh_from_db()
        page.title = fields["title"]
        page.hero_heading = fields["hero_heading"]
        page.introduction = fields["introduction"]
        page.body = stream(fields["body"])
        page.save_revision().publish()
        tally.add("translations", created=True)
