"""Demo translations of the German demo texts, written by hand (no machine translation).

Pages are named by their German slug (sites by city), then by language code. The fields mirror
the German content modules, so the builders turn both into page fields the same way. What is
not listed here stays a German stand-in in that language's tree, as on a real site; messenger
profiles, materials and legal pages are not translated in the demo.

Kurmanji is kept short: the home page, the narrative and campaign overviews and two narratives.
"""

HOME = {
    "de-x-ls": {
        "title": "Start·seite",
        "site_name": "Kurve kriegen – Gute Geschichten gegen Kriminalität",
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
        "site_name": "Kurve kriegen – Narratives against clan crime",
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
        "site_name": "Kurve kriegen – Klan suçlarına karşı anlatılar",
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
        "site_name": "Kurve kriegen – روايات ضد الجريمة المرتبطة بالعشائر",
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
        "site_name": "Kurve kriegen – Vegotinên li dijî sûcên klanan",
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

# The overview pages, by the key the builder gives them: title and introduction.
SECTIONS = {
    "narratives": {
        "en": {
            "title": "Narratives",
            "introduction": "Negative narratives and how we answer them.",
        },
        "tr": {
            "title": "Anlatılar",
            "introduction": "Olumsuz anlatılar ve onlara verdiğimiz yanıtlar.",
        },
        "ar": {
            "title": "السرديات",
            "introduction": "السرديات السلبية وكيف نردّ عليها.",
        },
        "kmr": {
            "title": "Vegotin",
            "introduction": "Vegotinên neyînî û bersiva me ji wan re.",
        },
    },
    "campaigns": {
        "en": {
            "title": "Campaigns",
            "introduction": "Campaigns at the sites and across the state.",
        },
        "tr": {
            "title": "Kampanyalar",
            "introduction": "Program yerlerinde ve eyalet genelinde yürütülen kampanyalar.",
        },
        "ar": {
            "title": "الحملات",
            "introduction": "حملات في مواقع البرنامج وعلى مستوى الولاية.",
        },
        "kmr": {
            "title": "Kampanya",
            "introduction": "Kampanyayên li cihên bernameyê û li seranserê eyaletê.",
        },
    },
    "sites": {
        "en": {
            "title": "Sites",
            "introduction": "The programme works at seven sites in the Ruhr area and nearby.",
        },
        "tr": {
            "title": "Program yerleri",
            "introduction": "Program, Ruhr bölgesinde ve çevresinde yedi yerde çalışıyor.",
        },
        "ar": {
            "title": "المواقع",
            "introduction": "يعمل البرنامج في سبعة مواقع في منطقة الرور وما حولها.",
        },
    },
}

# The two headings of a narrative's body ("Was dahintersteckt", "Eine andere Geschichte").
NARRATIVE_HEADINGS = {
    "en": ("What lies behind it", "A different story"),
    "tr": ("Arka planda ne var", "Başka bir hikâye"),
    "ar": ("ما الذي يقف وراء ذلك", "قصة أخرى"),
    "kmr": ("Li pişt vê çi heye", "Çîrokeke din"),
}

NARRATIVES = {
    "familie-ueber-dem-gesetz": {
        "en": {
            "title": "The family stands above the law",
            "introduction": "Why loyalty to your family and respect for the law go together.",
            "negative": "What the family says goes. The law is for other people.",
            "counter": "Family gives you support – and the law protects every family, yours "
            "too. If you love your family, you don't put it in danger.",
            "key_messages": [
                "The law protects your family too.",
                "Loyalty doesn't mean covering up wrongdoing.",
                "Strong families resolve conflicts without violence.",
            ],
            "context": "Many young people experience their family as the only place they can "
            "rely on. The rules of the state, by contrast, seem alien or even hostile.",
            "quote": (
                "My family is sacred to me. That is exactly why I don't want to see them in "
                "a courtroom.",
                "Malik R.",
            ),
            "alternative": "Family loyalty and respect for the law are not mutually "
            "exclusive. Credible messengers tell how they combine the two.",
        },
        "tr": {
            "title": "Aile yasaların üstündedir",
            "introduction": "Aileye bağlılık ile hukuka saygı neden birbirini dışlamaz?",
            "negative": "Ailenin sözü kanundur. Yasalar başkaları için.",
            "counter": "Aile insana güç verir – hukuk da her aileyi korur, seninkini de. "
            "Ailesini seven onu tehlikeye atmaz.",
            "key_messages": [
                "Hukuk senin aileni de korur.",
                "Bağlılık, haksızlığı örtbas etmek demek değildir.",
                "Güçlü aileler anlaşmazlıkları şiddete başvurmadan çözer.",
            ],
            "context": "Birçok genç için aile, güvenebileceği tek yerdir. Devletin kuralları "
            "ise ona yabancı, hatta düşmanca gelir.",
            "quote": (
                "Ailem benim için kutsaldır. Tam da bu yüzden onları mahkeme salonunda görmek "
                "istemiyorum.",
                "Malik R.",
            ),
            "alternative": "Aile bağları ile hukuka bağlılık birbirini dışlamaz. Güvenilir "
            "elçiler ikisini nasıl bir arada yaşadıklarını anlatıyor.",
        },
        "ar": {
            "title": "العائلة فوق القانون",
            "introduction": "لماذا يجتمع الولاء للعائلة مع احترام القانون.",
            "negative": "ما تقوله العائلة هو الذي يُنفَّذ. القانون للآخرين.",
            "counter": "العائلة سند لك، والقانون يحمي كل عائلة، وعائلتك أيضًا. من يحب عائلته "
            "لا يعرّضها للخطر.",
            "key_messages": [
                "القانون يحمي عائلتك أيضًا.",
                "الولاء لا يعني التستّر على الظلم.",
                "العائلات القوية تحلّ خلافاتها دون عنف.",
            ],
            "context": "يرى كثير من الشباب في العائلة المكان الوحيد الذي يمكن الاعتماد عليه، "
            "بينما تبدو لهم قواعد الدولة غريبة أو حتى معادية.",
            "quote": (
                "عائلتي مقدّسة عندي، ولهذا بالذات لا أريد أن أراها في قاعة المحكمة.",
                "مالك ر.",
            ),
            "alternative": "التماسك العائلي واحترام القانون لا يتعارضان. يروي السفراء "
            "الموثوقون كيف يجمعون بين الأمرين.",
        },
        "kmr": {
            "title": "Malbat li ser qanûnê ye",
            "introduction": "Çima dilsozî ji malbatê re û rêzgirtina ji qanûnê re bi hev re diçin.",
            "negative": "Çi ku malbat bibêje, ew e. Qanûn ji bo yên din e.",
            "counter": "Malbat piştgirî dide – û qanûn her malbatê diparêze, ya te jî. Yê ku "
            "ji malbata xwe hez dike, wê naxe xeterê.",
            "key_messages": [
                "Qanûn malbata te jî diparêze.",
                "Dilsozî ne ew e ku mirov neheqiyê veşêre.",
                "Malbatên xurt nakokiyan bê şîdet çareser dikin.",
            ],
            "context": "Gelek ciwan malbatê wekî tenê cihê ku dikarin pê bawer bin dibînin. "
            "Qaîdeyên dewletê jî ji wan re biyanî an dijmin xuya dikin.",
            "quote": (
                "Malbata min ji bo min pîroz e. Ji ber vê yekê naxwazim wan li salona "
                "dadgehê bibînim.",
                "Malik R.",
            ),
            "alternative": "Girêdana bi malbatê û rêzgirtina ji qanûnê re hev du red nakin. "
            "Peyamnêrên pêbawer vedibêjin ka ew herduyan çawa bi hev re dimeşînin.",
        },
    },
    "schule-bringt-nichts": {
        "en": {
            "title": "School is no use to people like us",
            "introduction": "A school qualification is something nobody can take away from you.",
            "negative": "School does nothing for people like us. In the end we'll be working "
            "in the family anyway.",
            "counter": "Your qualification belongs to you alone. Many people from our "
            "neighbourhoods have made it – with support that is there for you too.",
            "key_messages": [
                "Your qualification is yours.",
                "Getting help with learning is not a weakness.",
                "It is never too late for a fresh start.",
            ],
            "context": "Bad experiences with marks and teachers reinforce the feeling of not "
            "being wanted at school.",
            "quote": (
                "It all started with my school-leaving certificate. Now I'm doing an "
                "apprenticeship.",
                "Malik R.",
            ),
            "alternative": "Real role models and learning mentors show that education opens "
            "doors that money alone cannot open.",
        },
        "tr": {
            "title": "Okul bizim gibilere bir şey kazandırmaz",
            "introduction": "Diploma, kimsenin senden alamayacağı bir şeydir.",
            "negative": "Okul bizim gibilere bir şey kazandırmaz. Sonunda nasılsa ailenin "
            "yanında çalışacağız.",
            "counter": "Diploman yalnızca sana aittir. Mahallelerimizden birçok kişi başardı – "
            "senin için de var olan destekle.",
            "key_messages": [
                "Diploman senindir.",
                "Ders çalışırken yardım almak zayıflık değildir.",
                "Yeni bir başlangıç için hiçbir zaman geç değildir.",
            ],
            "context": "Notlarla ve öğretmenlerle yaşanan kötü deneyimler, okulda istenmediği "
            "duygusunu pekiştiriyor.",
            "quote": (
                "Her şey okul diplomamla başladı. Bugün bir meslek eğitimi alıyorum.",
                "Malik R.",
            ),
            "alternative": "Somut rol modelleri ve ders mentorlukları, eğitimin tek başına "
            "paranın açamayacağı kapıları açtığını gösteriyor.",
        },
        "ar": {
            "title": "المدرسة لا تنفع أمثالنا",
            "introduction": "الشهادة الدراسية شيء لا يستطيع أحد أن يأخذه منك.",
            "negative": "المدرسة لا تنفع أمثالنا. في النهاية سنعمل في العائلة على أي حال.",
            "counter": "شهادتك ملكك وحدك. كثيرون من أحيائنا نجحوا، بدعم متاح لك أنت أيضًا.",
            "key_messages": [
                "شهادتك ملكك.",
                "طلب المساعدة في التعلّم ليس ضعفًا.",
                "لم يفت الأوان أبدًا لبداية جديدة.",
            ],
            "context": "التجارب السيئة مع العلامات والمعلّمين ترسّخ الشعور بأن المدرسة لا ترحّب بك.",
            "quote": ("بدأ كل شيء بشهادة المدرسة. واليوم أتدرّب على مهنة.", "مالك ر."),
            "alternative": "القدوات الحقيقية ومرافقة الطلاب في التعلّم تُظهر أن التعليم يفتح "
            "أبوابًا لا يفتحها المال وحده.",
        },
    },
    "polizei-gegen-uns": {
        "en": {
            "title": "The police are against us",
            "introduction": "Distrust of the police – and how contact on an equal footing "
            "can work.",
            "negative": "The police are against us. They only stop us because of our name.",
            "counter": "The police are there to keep everyone safe – you too. Contact on an "
            "equal footing is possible, and there is a proper procedure for complaints.",
            "key_messages": [
                "Safety is a right for everyone.",
                "If you feel you have been treated unfairly, you can make a complaint.",
            ],
            "context": "Experiences of police checks and stories from people around them shape "
            "young people's picture of the police, often long before their own first contact.",
            "quote": (
                "At the football tournament I talked to a policewoman for the first time "
                "without getting into trouble.",
                "Participant from Duisburg",
            ),
            "alternative": "Encounters away from police operations – at sport, at school – "
            "change the picture on both sides.",
        },
        "tr": {
            "title": "Polis bize karşı",
            "introduction": "Polise duyulan güvensizlik – ve eşit düzeyde iletişimin nasıl "
            "mümkün olduğu.",
            "negative": "Polis bize karşı. Bizi sadece ismimiz yüzünden kontrol ediyorlar.",
            "counter": "Polis herkesin güvenliği için var – seninki için de. Eşit düzeyde "
            "iletişim mümkün ve şikâyetler için belirli bir yol var.",
            "key_messages": [
                "Güvenlik herkesin hakkıdır.",
                "Haksızlığa uğradığını düşünen şikâyette bulunabilir.",
            ],
            "context": "Kontrollerde yaşananlar ve çevreden duyulan hikâyeler, polise dair "
            "algıyı çoğu zaman ilk kişisel temastan çok önce şekillendiriyor.",
            "quote": (
                "Futbol turnuvasında ilk kez bir kadın polisle sorun yaşamadan konuştum.",
                "Duisburg'dan bir katılımcı",
            ),
            "alternative": "Görev dışındaki karşılaşmalar – sporda, okulda – iki taraftaki "
            "algıyı da değiştiriyor.",
        },
        "ar": {
            "title": "الشرطة ضدنا",
            "introduction": "انعدام الثقة بالشرطة، وكيف ينجح التواصل على قدم المساواة.",
            "negative": "الشرطة ضدنا. يوقفوننا للتفتيش فقط بسبب اسم عائلتنا.",
            "counter": "الشرطة موجودة لحماية أمن الجميع، وأمنك أنت أيضًا. التواصل على قدم "
            "المساواة ممكن، وللشكاوى طريق منظّم.",
            "key_messages": [
                "الأمان حق للجميع.",
                "من يشعر بأنه عومل بظلم يمكنه تقديم شكوى.",
            ],
            "context": "التجارب مع عمليات التفتيش والقصص المتداولة في المحيط ترسم صورة الشرطة، "
            "وغالبًا قبل أول احتكاك شخصي بها بوقت طويل.",
            "quote": (
                "في بطولة كرة القدم تحدثت لأول مرة مع شرطية دون أن تحدث أي مشكلة.",
                "مشارك من دويسبورغ",
            ),
            "alternative": "اللقاءات خارج إطار المهام الرسمية، في الرياضة أو في المدرسة، تغيّر "
            "الصورة لدى الطرفين.",
        },
    },
    "wer-redet-verraet-die-familie": {
        "en": {
            "title": "Whoever talks betrays the family",
            "introduction": "Silence does not protect the family – it protects those who harm it.",
            "negative": "Anyone who talks to outsiders about problems is a traitor.",
            "counter": "Getting help protects the family. Silence only protects those who do "
            "wrong.",
            "key_messages": [
                "Asking for help takes courage.",
                "Counselling is confidential.",
                "Silence protects the wrong people.",
            ],
            "context": "The code of silence is taught early and tied to honour. Anyone who "
            "speaks out fears being cast out.",
            "quote": (
                "I spoke up when my son was in danger. Today my family is stronger than before.",
                "Samira K.",
            ),
            "alternative": "Mothers who sought help talk about it – and give others the "
            "courage to take the same step.",
        },
        "tr": {
            "title": "Konuşan aileye ihanet eder",
            "introduction": "Susmak aileyi değil, ona zarar verenleri korur.",
            "negative": "Sorunlarını yabancılarla konuşan haindir.",
            "counter": "Yardım isteyen ailesini korur. Susmak yalnızca haksızlık yapanları korur.",
            "key_messages": [
                "Yardım istemek cesaret ister.",
                "Danışmanlık gizlidir.",
                "Susmak yanlış kişileri korur.",
            ],
            "context": "Susma kuralı erken yaşta öğretilir ve onurla ilişkilendirilir. Konuşan "
            "kişi dışlanmaktan korkar.",
            "quote": (
                "Oğlum tehlikedeyken konuştum. Ailem bugün eskisinden daha güçlü.",
                "Samira K.",
            ),
            "alternative": "Yardım almış anneler yaşadıklarını anlatıyor – ve başkalarına aynı "
            "adımı atmaları için cesaret veriyor.",
        },
        "ar": {
            "title": "من يتكلّم يخون العائلة",
            "introduction": "الصمت لا يحمي العائلة، بل يحمي من يؤذونها.",
            "negative": "من يتحدث مع الغرباء عن المشاكل خائن.",
            "counter": "من يطلب المساعدة يحمي عائلته. الصمت لا يحمي إلا من يرتكبون الظلم.",
            "key_messages": [
                "طلب المساعدة شجاعة.",
                "الاستشارة سرّية.",
                "الصمت يحمي الأشخاص الخطأ.",
            ],
            "context": "يُلقَّن قانون الصمت في سن مبكرة ويُربط بالشرف، ومن يتكلم يخشى أن يُنبذ.",
            "quote": (
                "تكلّمت عندما كان ابني في خطر. عائلتي اليوم أقوى مما كانت عليه من قبل.",
                "سميرة ك.",
            ),
            "alternative": "أمهات طلبن المساعدة يروين تجاربهن، ويشجّعن غيرهن على اتخاذ الخطوة "
            "نفسها.",
        },
    },
    "respekt-durch-angst": {
        "en": {
            "title": "You only get respect through fear",
            "introduction": "Fear creates obedience – respect comes about differently.",
            "negative": "Only those who are feared get respect.",
            "counter": "Fear creates obedience, not respect. Respect is earned by being "
            "reliable and treating others fairly.",
            "key_messages": [
                "Respect, not fear.",
                "Real strength needs no threats.",
                "Being fair is not being weak.",
            ],
            "context": "In some groups, whoever makes threats counts as strong. Young people "
            "adopt this image so as not to become victims themselves.",
            "quote": (
                "The first thing you learn in the ring is respect for your opponent. If you "
                "can't do that, you lose.",
                "Coach Deniz",
            ),
            "alternative": "Coaches and older teenagers show by example how to earn respect "
            "without making anyone afraid.",
        },
        "tr": {
            "title": "Saygı ancak korkuyla kazanılır",
            "introduction": "Korku itaat doğurur – saygı başka türlü oluşur.",
            "negative": "Yalnızca korkulan kişiye saygı duyulur.",
            "counter": "Korku itaat doğurur, saygı değil. Saygıyı, güvenilir olan ve "
            "başkalarına adil davranan hak eder.",
            "key_messages": [
                "Korku değil, saygı.",
                "Gerçek güç tehdide ihtiyaç duymaz.",
                "Adil olmak zayıf olmak demek değildir.",
            ],
            "context": "Bazı gruplarda tehdit eden güçlü sayılır. Gençler, kendileri kurban "
            "olmamak için bu anlayışı benimsiyor.",
            "quote": (
                "Ringde ilk öğrendiğin şey rakibine saygıdır. Bunu yapamayan kaybeder.",
                "Coach Deniz",
            ),
            "alternative": "Antrenörler ve daha büyük gençler, korku salmadan nasıl saygı "
            "kazanılacağını kendi örnekleriyle gösteriyor.",
        },
        "ar": {
            "title": "الاحترام لا يُكسب إلا بالخوف",
            "introduction": "الخوف يصنع الطاعة، أما الاحترام فينشأ بطريقة أخرى.",
            "negative": "لا يحظى بالاحترام إلا من يخافه الناس.",
            "counter": "الخوف يصنع الطاعة لا الاحترام. يستحق الاحترامَ من يكون جديرًا بالثقة "
            "ويعامل الآخرين بإنصاف.",
            "key_messages": [
                "الاحترام بدل الخوف.",
                "القوة الحقيقية لا تحتاج إلى تهديد.",
                "أن تكون منصفًا لا يعني أنك ضعيف.",
            ],
            "context": "في بعض المجموعات يُعدّ من يهدّد قويًا، ويتبنّى الشباب هذه الصورة كي "
            "لا يصبحوا هم أنفسهم ضحايا.",
            "quote": (
                "أول ما تتعلّمه في الحلبة هو احترام الخصم. ومن لا يستطيع ذلك يخسر.",
                "المدرّب دنيز",
            ),
            "alternative": "المدرّبون والشباب الأكبر سنًا يُظهرون بقدوتهم كيف يُكسب الاحترام "
            "دون إخافة أحد.",
        },
    },
    "muetter-haben-nichts-zu-sagen": {
        "en": {
            "title": "Mothers have no say in this",
            "introduction": "Mothers are often the first to notice changes.",
            "negative": "The men decide these matters. Mothers have no say in them.",
            "counter": "Mothers are often the first to notice changes – and their word "
            "carries weight. Empowered mothers strengthen whole families.",
            "key_messages": [
                "Strengthen mothers – strengthen families.",
                "Your word carries weight.",
                "You are not alone.",
            ],
            "context": "Mothers often feel powerless towards their sons and the wider family.",
            "quote": (
                "At the parents' café I realised that other mothers have the same worries.",
                "Leyla A.",
            ),
            "alternative": "Group activities for mothers bring exchange, knowledge and "
            "self-confidence.",
        },
        "tr": {
            "title": "Annelerin bu konuda söz hakkı yok",
            "introduction": "Değişiklikleri çoğu zaman ilk fark edenler annelerdir.",
            "negative": "Bu konularda erkekler karar verir. Annelerin söz hakkı yoktur.",
            "counter": "Değişiklikleri çoğu zaman ilk fark edenler annelerdir – ve sözleri "
            "önemlidir. Güçlenen anneler bütün aileyi güçlendirir.",
            "key_messages": [
                "Anneleri güçlendir – aileleri güçlendir.",
                "Sözünüzün ağırlığı var.",
                "Yalnız değilsiniz.",
            ],
            "context": "Anneler kendilerini çoğu zaman oğulları ve geniş aile çevresi "
            "karşısında çaresiz hissediyor.",
            "quote": (
                "Veli kafesinde fark ettim: Başka annelerin de aynı kaygıları var.",
                "Leyla A.",
            ),
            "alternative": "Annelere yönelik grup buluşmaları paylaşım, bilgi ve özgüven sağlıyor.",
        },
        "ar": {
            "title": "لا رأي للأمهات في ذلك",
            "introduction": "الأمهات غالبًا أول من يلاحظ التغيّرات.",
            "negative": "في هذه الأمور يقرّر الرجال. لا رأي للأمهات فيها.",
            "counter": "الأمهات غالبًا أول من يلاحظ التغيّرات، ولكلمتهن وزن. الأمهات "
            "القويّات يقوّين العائلات كلها.",
            "key_messages": [
                "تمكين الأمهات تمكين للعائلات.",
                "لكلمتكِ وزن.",
                "لستِ وحدكِ.",
            ],
            "context": "كثيرًا ما تشعر الأمهات بالعجز أمام أبنائهن وأمام محيط العائلة الممتدة.",
            "quote": ("في مقهى الأهل أدركت أن أمهات أخريات يحملن الهموم نفسها.", "ليلى أ."),
            "alternative": "اللقاءات الجماعية للأمهات تتيح تبادل التجارب والمعرفة وتعزّز "
            "الثقة بالنفس.",
        },
        "kmr": {
            "title": "Gotina dayikan li vir derbas nabe",
            "introduction": "Pir caran dayik yên pêşîn in ku guhertinan dibînin.",
            "negative": "Di van mijaran de mêr biryarê didin. Gotina dayikan derbas nabe.",
            "counter": "Pir caran dayik yên pêşîn in ku guhertinan dibînin – û gotina wan "
            "giran e. Dayikên bihêz tevahiya malbatê bihêz dikin.",
            "key_messages": [
                "Dayikan bihêz bikin – malbatan bihêz bikin.",
                "Gotina we giran e.",
                "Hûn ne bi tenê ne.",
            ],
            "context": "Dayik gelek caran xwe li hember kurên xwe û malbata fireh bêhêz hîs dikin.",
            "quote": (
                "Li kafeya dêûbavan min fêm kir: Xemên dayikên din jî heman in.",
                "Leyla A.",
            ),
            "alternative": "Civînên komî ji bo dayikan danûstandin, zanîn û xwebawerî diafirînin.",
        },
    },
    "aussteigen-unmoeglich": {
        "en": {
            "title": "Once you're in, you're in for life",
            "introduction": "Getting out is possible – with confidential help.",
            "negative": "There's no way out of the group. Once you're in, you're in for life.",
            "counter": "Getting out is possible. There is confidential help, and others have "
            "done it before you.",
            "key_messages": [
                "Getting out is possible.",
                "Help is confidential.",
                "You don't have to do it alone.",
            ],
            "context": "Debts, threats and loyalty tie young people to groups.",
            "quote": (
                "The first phone call was the hardest. After that I was no longer alone.",
                "Malik R.",
            ),
            "alternative": "Stories of people who got out show concrete steps and how they "
            "were protected.",
        },
        "tr": {
            "title": "Bir kere giren bir daha çıkamaz",
            "introduction": "Çıkış mümkün – gizli tutulan yardımla.",
            "negative": "Gruptan çıkılmaz. Bir kere giren bir daha çıkamaz.",
            "counter": "Çıkış mümkün. Gizli tutulan yardım var ve senden önce başkaları da "
            "başardı.",
            "key_messages": [
                "Çıkış mümkün.",
                "Yardım gizlidir.",
                "Bunu tek başına başarmak zorunda değilsin.",
            ],
            "context": "Borçlar, tehditler ve sadakat gençleri gruplara bağlıyor.",
            "quote": (
                "İlk telefon en zoruydu. Ondan sonra artık yalnız değildim.",
                "Malik R.",
            ),
            "alternative": "Gruptan çıkanların hikâyeleri somut adımları ve korunma yollarını "
            "gösteriyor.",
        },
        "ar": {
            "title": "من دخل لا يخرج",
            "introduction": "الخروج ممكن، بمساعدة سرّية.",
            "negative": "لا أحد يخرج من المجموعة. من دخل لا يخرج أبدًا.",
            "counter": "الخروج ممكن. هناك مساعدة سرّية، وقد نجح آخرون في ذلك قبلك.",
            "key_messages": [
                "الخروج ممكن.",
                "المساعدة سرّية.",
                "لست مضطرًا إلى فعل ذلك وحدك.",
            ],
            "context": "الديون والتهديدات والولاء تربط الشباب بالمجموعات.",
            "quote": ("المكالمة الأولى كانت الأصعب. بعدها لم أعد وحدي.", "مالك ر."),
            "alternative": "قصص من نجحوا في الخروج تُظهر خطوات ملموسة وسبل الحماية.",
        },
    },
}

# Indicators are (name, target, method), as in content_people.CAMPAIGNS.
CAMPAIGNS = {
    "respekt-statt-angst": {
        "en": {
            "title": "#RespectNotFear",
            "introduction": "A social media campaign about respect that needs no threats.",
            "goal": "Young people aged 14 to 18 engage with the narrative “You only get "
            "respect through fear” and meet role models who earn respect in other ways.",
            "body": [
                ("h2", "The idea"),
                (
                    "p",
                    "<p>Short videos and social media tiles featuring Coach Deniz and young "
                    "people from the sites, with workshops in schools alongside.</p>",
                ),
            ],
            "indicators": [
                ("Reach of the posts", "250,000 impressions", "Platform statistics, monthly"),
                ("Workshop participation", "40 school classes", "Attendance lists of the sites"),
                (
                    "Change in agreement with the narrative",
                    "−10 percentage points",
                    "Before-and-after survey by the research team",
                ),
            ],
        },
        "tr": {
            "title": "#KorkuDeğilSaygı",
            "introduction": "Tehdide ihtiyaç duymayan saygı üzerine bir sosyal medya kampanyası.",
            "goal": "14-18 yaş arasındaki gençler “Saygı ancak korkuyla kazanılır” anlatısını "
            "sorguluyor ve saygıyı başka yollarla kazanan rol modelleriyle tanışıyor.",
            "body": [
                ("h2", "Fikir"),
                (
                    "p",
                    "<p>Coach Deniz ve program yerlerinden gençlerle kısa videolar ve sosyal "
                    "medya görselleri. Kampanyaya okullarda atölye çalışmaları eşlik ediyor."
                    "</p>",
                ),
            ],
            "indicators": [
                ("Paylaşımların erişimi", "250.000 gösterim", "Platform istatistikleri, aylık"),
                (
                    "Atölyelere katılım",
                    "40 okul sınıfı",
                    "Program yerlerinin katılım listeleri",
                ),
                (
                    "Anlatıya katılma oranındaki değişim",
                    "−10 yüzde puan",
                    "Bilimsel değerlendirme ekibinin öncesi-sonrası anketi",
                ),
            ],
        },
        "ar": {
            "title": "#الاحترام_لا_الخوف",
            "introduction": "حملة على وسائل التواصل الاجتماعي عن احترام لا يحتاج إلى تهديد.",
            "goal": "يناقش الشباب بين 14 و18 عامًا سردية «الاحترام لا يُكسب إلا بالخوف»، "
            "ويتعرّفون إلى قدوات يكسبون الاحترام بطرق أخرى.",
            "body": [
                ("h2", "الفكرة"),
                (
                    "p",
                    "<p>مقاطع فيديو قصيرة وتصاميم للنشر مع المدرّب دنيز وشباب من مواقع "
                    "البرنامج، ترافقها ورش عمل في المدارس.</p>",
                ),
            ],
            "indicators": [
                ("مدى انتشار المنشورات", "250 ألف ظهور", "إحصاءات المنصات، شهريًا"),
                ("المشاركة في ورش العمل", "40 صفًا مدرسيًا", "قوائم الحضور في المواقع"),
                (
                    "تغيّر نسبة الموافقة على السردية",
                    "−10 نقاط مئوية",
                    "استطلاع قبل الحملة وبعدها يجريه فريق التقييم العلمي",
                ),
            ],
        },
    },
    "muetter-staerken": {
        "en": {
            "title": "Strong mothers, strong families",
            "introduction": "Parents' cafés and discussion groups for mothers at three sites.",
            "goal": "Mothers know where to find help, share their experiences and feel more "
            "confident raising problems in the family.",
            "body": [
                ("h2", "Looking back"),
                (
                    "p",
                    "<p>More than 150 mothers came together at twelve parents' cafés. Many of "
                    "the conversations were held in Arabic, Turkish and Kurmanji.</p>",
                ),
                ("quote", "Other mothers have the same worries.", "Leyla A."),
            ],
            "indicators": [
                ("Participants", "120 mothers", "Attendance lists"),
                ("Referrals to counselling", "30", "Records kept by the sites"),
            ],
        },
        "tr": {
            "title": "Anneleri güçlendir – aileleri güçlendir",
            "introduction": "Üç program yerinde anneler için veli kafeleri ve sohbet grupları.",
            "goal": "Anneler yardım olanaklarını tanıyor, deneyimlerini paylaşıyor ve ailedeki "
            "sorunları dile getirirken kendilerini daha güvende hissediyor.",
            "body": [
                ("h2", "Geriye bakış"),
                (
                    "p",
                    "<p>On iki veli kafesinde 150'den fazla anne bir araya geldi. Sohbetlerin "
                    "çoğu Arapça, Türkçe ve Kurmancî yapıldı.</p>",
                ),
                ("quote", "Başka annelerin de aynı kaygıları var.", "Leyla A."),
            ],
            "indicators": [
                ("Katılımcı anneler", "120 anne", "Katılım listeleri"),
                ("Danışmanlığa yönlendirmeler", "30", "Program yerlerinin kayıtları"),
            ],
        },
        "ar": {
            "title": "أمهات قويّات، عائلات قويّة",
            "introduction": "مقاهٍ للأهل وحلقات حوار للأمهات في ثلاثة مواقع.",
            "goal": "تعرف الأمهات أين يجدن المساعدة، ويتبادلن التجارب، ويشعرن بثقة أكبر عند "
            "طرح مشاكل العائلة.",
            "body": [
                ("h2", "نظرة إلى الوراء"),
                (
                    "p",
                    "<p>اجتمعت أكثر من 150 أمًّا في اثني عشر مقهى للأهل، ودار كثير من "
                    "الحوارات بالعربية والتركية والكرمانجية.</p>",
                ),
                ("quote", "أمهات أخريات يحملن الهموم نفسها.", "ليلى أ."),
            ],
            "indicators": [
                ("المشاركات", "120 أمًّا", "قوائم الحضور"),
                ("الإحالات إلى الاستشارة", "30", "توثيق المواقع"),
            ],
        },
    },
}

# Site pages keep the city as their title; only the introduction differs per city. English
# and Turkish only: in Arabic the city names would be written in Arabic script.
SITES = {
    "Bochum": {
        "en": "In Bochum the team works closely with schools in Wattenscheid and the city centre.",
        "tr": "Bochum'da ekip, Wattenscheid'daki ve şehir merkezindeki okullarla yakın çalışıyor.",
    },
    "Dortmund": {
        "en": "Dortmund focuses on sports clubs and on work with mothers in the Nordstadt "
        "district.",
        "tr": "Dortmund, spor kulüplerine ve Nordstadt semtindeki annelerle yapılan çalışmaya "
        "ağırlık veriyor.",
    },
    "Duisburg": {
        "en": "In Duisburg the team combines school projects with activities in community centres.",
        "tr": "Duisburg'da ekip, okul projelerini buluşma merkezlerindeki etkinliklerle "
        "birleştiriyor.",
    },
    "Essen": {
        "en": "Essen is the pilot site for bringing credible messengers into schools.",
        "tr": "Essen, güvenilir elçilerin okullarda görev aldığı pilot program yeridir.",
    },
    "Gelsenkirchen": {
        "en": "In Gelsenkirchen the focus is on the move from school into work.",
        "tr": "Gelsenkirchen'de okuldan meslek hayatına geçiş ön planda.",
    },
    "Oberhausen": {
        "en": "Oberhausen works with youth clubs and the city's youth welfare office.",
        "tr": "Oberhausen, gençlik merkezleri ve belediyenin gençlik dairesiyle birlikte "
        "çalışıyor.",
    },
    "Recklinghausen": {
        "en": "Recklinghausen supports families across the whole district and trains "
        "municipal staff.",
        "tr": "Recklinghausen, bölgenin her yerindeki ailelere destek oluyor ve belediye "
        "çalışanlarına eğitim veriyor.",
    },
}


def site_body(code: str, city: str) -> list[tuple]:
    """The body of a site page in the given language, like content.site_body in German."""
    if code == "en":
        return [
            ("h2", f"The team in {city}"),
            (
                "p",
                f"<p>The team in {city} brings together specialists from the police, youth "
                "services and social work. They support young people and their families "
                "confidentially and on a voluntary basis.</p>",
            ),
            ("h2", "How to reach us"),
            (
                "p",
                "<p>Give us a call or send us an e-mail. A first conversation is also possible "
                "without giving your name.</p>",
            ),
        ]
    if code == "tr":
        return [
            ("h2", f"{city} ekibi"),
            (
                "p",
                f"<p>{city} ekibinde polis, gençlik yardımı ve sosyal hizmet alanlarından "
                "uzmanlar birlikte çalışıyor. Gençlere ve ailelerine gizlilik içinde ve "
                "gönüllülük esasına göre eşlik ediyorlar.</p>",
            ),
            ("h2", "Bize nasıl ulaşabilirsiniz"),
            (
                "p",
                "<p>Bizi arayın ya da e-posta yazın. İlk görüşme isim vermeden de mümkün.</p>",
            ),
        ]
    raise ValueError(f"No site body in {code!r}")
