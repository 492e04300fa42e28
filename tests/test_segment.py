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
