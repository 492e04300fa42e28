from datetime import date

from kg.segment import segment, split_sentences

PAGE = """War diary: day 990
Drones over the capital overnight
Your support keeps our reporters in the field
We rely on readers like you. Please give what you can.
Your gift makes the difference.Air defences shot down most of the drones, officials said.
Two buildings were damaged.
5 November 2024 09:15 GMT
Leaders gather in Budapest
The summit opened with a call for unity. Dr. Varga chaired it.
In pics: the summit in Budapest
Anna Kovacs reports.
Subscribe to our newsletter
Comments
"""


def test_entries_are_split_at_headlines_and_keep_their_time_stamp():
    entries = segment(PAGE)
    assert [e.headline for e in entries] == ["Drones over the capital overnight", "Leaders gather in Budapest"]
    assert entries[0].day is None and entries[1].day == date(2024, 11, 5)


def test_boilerplate_is_dropped_and_glued_paragraphs_are_split():
    entries = segment(PAGE)
    assert entries[0].sentences == [
        "Air defences shot down most of the drones, officials said.",
        "Two buildings were damaged.",
    ]
    assert entries[1].sentences == ["The summit opened with a call for unity.", "Dr. Varga chaired it."]


def test_sentences_keep_quotes_and_abbreviations():
    assert split_sentences("“We will not yield,” the minister said. Mr. Smith agreed. The U.S. did too.") == [
        "“We will not yield,” the minister said.", "Mr. Smith agreed.", "The U.S. did too."]


def test_key_points_in_a_bulleted_list_are_sentences():
    page = ("Border tensions rise\n"
            "- Turkey shells positions held by the PKK near the frontier\n"
            "• Fresh talks\n"
            "The ministry confirmed the strikes.")
    first, second = segment(page)  # a bullet of a few words is a headline still
    assert first.sentences == ["Turkey shells positions held by the PKK near the frontier"]
    assert (second.headline, second.sentences) == ("Fresh talks", ["The ministry confirmed the strikes."])


def test_the_capitalised_us_after_an_advert_is_the_country_not_the_reader():
    page = ("Ceasefire talks\nThe envoys met in Doha.\nAdvertisement\nSupport us with a gift today.\n"
            "In the presence of US mediators, Chad and Sudan agreed to talk again.")
    (entry,) = segment(page)
    assert entry.sentences == ["The envoys met in Doha.", "In the presence of US mediators, Chad and Sudan agreed to talk again."]


def test_a_dateline_in_capitals_with_a_dash_is_not_part_of_the_sentence():
    page = ("Drones hit depot\nMOSCOW — Ukrainian drones struck a fuel depot.\n"
            "ADDIS ABABA, Ethiopia -- The talks resumed.\n"
            "NATO — The alliance met.")
    (entry,) = segment(page)
    assert entry.sentences == ["Ukrainian drones struck a fuel depot.", "The talks resumed.", "NATO — The alliance met."]


def test_a_dateline_naming_the_newspaper_in_brackets_is_not_part_of_the_sentence():
    (entry,) = segment("Sanctions\nVienna (Danube Evening Gazette) – The ministers agreed new measures.")
    assert entry.sentences == ["The ministers agreed new measures."]


def test_a_paragraph_cut_off_before_its_full_stop_is_text_not_a_headline():
    page = ("Envoys gather in Geneva for a second round of talks\n"
            "The delegations arrived on Monday.\n"
            "At a joint briefing with the Swiss foreign minister on Tuesday, the envoy said the talks had been useful and were\n"
            "Fighting resumes along the northern front after a week of calm\n"
            "The army reported shelling overnight.")
    first, second = segment(page)
    assert first.headline == "Envoys gather in Geneva for a second round of talks"  # the title stays a title
    assert first.sentences[-1].startswith("At a joint briefing")
    assert second.headline == "Fighting resumes along the northern front after a week of calm"  # headlines drop articles


def test_a_photo_caption_with_its_credit_after_a_slash_is_dropped():
    page = ("Leaders meet in Astana\n"
            "The two presidents at a gala concert of folk artists at the theatre in the capital. / Presidential press office\n"
            "The leaders signed a pact.")
    (entry,) = segment(page)
    assert (entry.headline, entry.above, entry.sentences) == ("Leaders meet in Astana", [], ["The leaders signed a pact."])


def test_sentences_glued_at_a_quotation_mark_are_split():
    (entry,) = segment("Report\nIt called the strike a violation of international law.“The Kingdom rejects escalation.”Qatar agreed.")
    assert entry.sentences == ["It called the strike a violation of international law.", "“The Kingdom rejects escalation.”", "Qatar agreed."]
