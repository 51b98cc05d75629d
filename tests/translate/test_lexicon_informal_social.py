"""Lexicon rows of 25-informal-social.tsv (slang, chat Indonesian, religious expressions, social media, politics
comment, sport fandom, entertainment): each row is a sentence and an English substring its translation must contain."""

import pytest

from summarize.translate.rule import RuleTranslator

TR = RuleTranslator()

CASES = [
    # slang: moods and insults
    ("Aku lagi gabut, mau rebahan aja.", "lie around"),
    ("Orang itu songong banget, sok tahu.", "arrogant"),
    # slang: relationships
    ("Pacarnya selingkuh, dia jadi galau.", "cheat"),
    # colloquial nge- and -in verbs
    ("Tolong balikin uangku.", "return my money"),
    ("Dia dicuekin sama temannya.", "ignored"),
    # chat abbreviations and shortened spellings
    ("Kmaren hpnya rusak.", "Yesterday the phone"),
    ("Kyknya dia sibuk.", "Apparently"),
    # interjections and religious daily expressions
    ("Syukurlah dia selamat.", "Thank goodness"),
    ("Astaghfirullah, masih aja difitnah.", "slandered"),
    # social media and internet talk
    ("Jangan percaya kabar burung dari buzzer.", "rumour"),
    ("Sinyalnya putus-putus terus.", "intermittent"),
    # politics and public-affairs comment
    ("Pejabat korup itu akhirnya kena OTT dan dibui.", "caught in a sting"),
    ("Proyek mangkrak, uang rakyat dikorupsi.", "public money is embezzled"),
    # sport fandom
    ("Kiper blunder, gol bunuh diri lagi.", "own goal"),
    ("Ayo nobar final Piala AFF malam ini!", "watch together"),
    # entertainment and celebrity
    ("Suaranya fals banget pas konser.", "off-key"),
    ("Aku suka nonton drakor.", "Korean drama"),
    # interjections, exclamations and discourse particles
    ("Buset dah, mahal amat.", "Geez"),
    ("Yaudahlah, terserah kamu aja.", "Oh well"),
    # complaint slang; campus, office and gaming life
    ("Zonk, kita ketipu sama olshop itu.", "online shop"),
    ("Lagi tanggal tua, belum gajian.", "end of the month"),
    # colloquial ke- forms, mess words, newer slang
    ("Hpku kecebur ke kolam, semua data kehapus.", "deleted"),
    ("Kejebak macet dua jam, acaranya molor.", "Stuck in traffic"),
    # public-affairs demands, incompetence talk, loans and scams
    ("Pemerintah gak becus, rakyat jelata yang jadi korban.", "incompetent"),
    ("Koruptor harus dimiskinkan dan dihukum seberat-beratnya.", "punished as harshly as possible"),
    # Jakarta -in verbs, second sweep
    ("Tolong fotoin kami dong.", "photograph us"),
    ("Aku kenalin kamu ke temenku ya.", "introduce"),
    # public reaction talk
    ("Kebijakan itu menuai kecaman dari warganet.", "draws condemnation"),
    ("Salut, pelayanannya patut diacungi jempol.", "praiseworthy"),
    # chat shortened spellings of content words
    ("Tmpatnya bgz, mknan enk, hrgnya mrah.", "the price is cheap"),
    ("Aq nnggu lama dsni.", "here"),
    ("Cocok bwt klrg, tmptnya brsh dan nymn.", "clean and comfortable"),
    ("Cwo itu ganteng bgt.", "guy"),
    # phone-credit and data complaints, customer-service formulas
    ("Pulsa saya kesedot terus.", "drained"),
    ("Mohon maaf atas ketidaknyamanannya.", "Sorry for the inconvenience"),
    # ride-hailing, road and banking-app talk
    ("Kartu saya ketelen di ATM.", "swallowed"),
    ("Jalanan macet total, padat merayap.", "gridlocked"),
    # character and conduct words, collusion, insult nouns
    ("Jangan mau dikadalin sama politisi.", "tricked"),
    ("Pemimpin kok plin-plan.", "fickle"),
    # film, series and music talk
    ("Filmnya ngebosenin, alur cerita klise.", "the plot is cliched"),
    ("Jangan nonton film bajakan.", "pirated film"),
    # sentence adverbs and spoken connectives
    ("Besoknya kami ketemuan di mall.", "The next day"),
    ("Mentang-mentang pejabat, seenaknya aja.", "Just because"),
    # abbreviation + clitic; social life, occasions and kin terms
    ("Hpku rusak.", "phone"),
    ("Makasih udah ditraktir, ati-ati di jalan ya.", "take care on the road"),
    # political comment-thread talk
    ("Dasar sumbu pendek, baca dulu baru komen.", "short-fused"),
    ("Politisi kutu loncat, tiap pemilu pindah partai.", "party hopper"),
    # match talk, second sweep
    ("Hingga babak pertama berakhir, skor tetap tanpa gol.", "goalless"),
    ("Persib pesta gol, menang 5-0.", "goal fest"),
    # slang third sweep
    ("Komennya gak nyambung.", "irrelevant"),
    ("Anaknya pinter tapi minder.", "smart"),
    # comment and customer-service formulas
    ("Mohon infonya min, terima kasih sebelumnya.", "thanks in advance"),
    ("Makasih banyak kak, sangat membantu.", "very helpful"),
    # teasing and egging on; saling + verb
    ("Mereka saling serang di medsos.", "attack each other"),
    ("Jangan mau dikomporin sama buzzer.", "egged on"),
    # saling + verb, second sweep
    ("Kerja sama yang saling menguntungkan.", "mutually beneficial"),
    ("Kita harus saling mengingatkan.", "remind each other"),
    # Jakarta -in verbs, third sweep
    ("Jangan suka ngeboongin pelanggan.", "lie to"),
    ("Aku dikecewain lagi sama operator ini.", "let down"),
    # Muslim greetings and prayers, second sweep
    ("Waalaikumussalam, syafakallah ya.", "get well soon"),
    # colloquial spans of time
    ("Aku begadang semaleman.", "all night"),
    # public-service and paperwork complaints
    ("Ngurus KTP aja dipingpong, birokrasi berbelit-belit.", "convoluted"),
    # celebrity romance and marriage gossip
    ("Artis itu pamer kemesraan dengan pacar barunya.", "shows off their affection"),
    # football club nicknames and squad talk
    ("Kelebihan yang ada di tim Merah Putih mulai terlihat.", "Red and White team"),
    # review slang
    ("Harganya segitu gak rugi kok.", "worth it"),
    # TV complaints
    ("Sinetronnya gak mendidik, kebanyakan iklan.", "uneducational"),
    # chat spellings of grammar words take the full word's row in 00-core.tsv (question word, pronoun, negation,
    # modal; degree words before and after the adjective)
    ("Knapa ak gag blh ikut?", "Why may I not join"),
    ("Tempatnya sgt bersih tp harganya trlalu mahal.", "very clean but the price is too expensive"),
    ("Makanannya enak bnget, jngn lupa mampir.", "don't forget"),
    # saling + a verb without a row of its own: the verb, then "each other" (analyse._reciprocals)
    ("Kedua negara saling membantu.", "help each other"),
    ("Mereka saling mengenal sejak kecil.", "know each other"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_lexicon_row_reaches_the_english(source, expected):
    assert expected in TR.translate([source])[0]
