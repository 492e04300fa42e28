import json
from datetime import date

import pytest

from kg.extract import extract_article, mark_evidence

from conftest import SEED, article


def triples(text, published=date(2024, 11, 5)):
    return {(s.subject.id, s.predicate, s.object.id, s.date) for s in extract_article(article(text, published))}


def test_the_three_backbone_triples_in_new_words():
    text = """Allies react
Western governments say Pyongyang has sent thousands of North Korean soldiers to Russia.
Visiting minister pledges help
Germany has reaffirmed its support for Ukraine, the foreign office said.
Election result
Moldovan president Maia Sandu defeated Alexandr Stoianoglo in Sunday's runoff.
"""
    found = triples(text)
    assert ("PRK", "sends_troops_to", "RUS", "2024-11-05") in found
    assert ("DEU", "supports", "UKR", "2024-11-05") in found
    assert ("maia-sandu", "defeats", "alexandr-stoianoglo", "2024-11-03") in found
    assert ("maia-sandu", "leads", "MDA", None) in found


def test_relative_dates_are_anchored_on_the_publication_date():
    found = triples("Border clash\nUkrainian forces attacked Russian positions on Monday.", date(2024, 11, 5))
    assert found == {("UKR", "attacks", "RUS", "2024-11-04")}


def test_month_precision_is_kept():
    (s,) = extract_article(article("Occupation\nThe town of Kursk has been occupied by Ukraine since August."))
    assert (s.subject.id, s.predicate, s.object.name, s.date, s.date_precision) == ("UKR", "occupies", "Kursk", "2024-08", "month")


def test_negated_and_hypothetical_statements_are_not_facts():
    assert triples("Denial\nRussia did not attack Poland on Monday.") == set()
    assert triples("Warning\nFrance could send troops to Ukraine next year.") == set()


def test_hypothetical_statements_are_kept_marked_when_asked_for():
    text = "Warning\nFrance could send troops to Ukraine next year.\nDenial\nRussia did not attack Poland on Monday."
    (s,) = extract_article(article(text), hypothetical=True)
    assert (s.subject.id, s.predicate, s.object.id, s.date, s.modality) == ("FRA", "sends_troops_to", "UKR", "2025", "hypothetical")
    assert s.confidence < 0.5 and s.as_dict()["modality"] == "hypothetical"


def test_a_fact_wins_over_the_same_statement_said_as_a_plan():
    text = "Plans\nGermany plans to send weapons to Ukraine.\nDelivery\nGermany sent weapons to Ukraine."
    (s,) = extract_article(article(text), hypothetical=True)
    assert s.modality == "asserted" and s.trigger == "sent"


@pytest.mark.parametrize("sentence, place", [
    ("North Korean troops were deployed to Russia and fought in the Russian region of Kursk on Monday.", "Kursk"),
    ("Ukrainian forces attacked Russian positions near Pokrovsk on Sunday.", "Pokrovsk"),
    ("Russia attacked Ukraine in the Kharkiv region overnight.", "Kharkiv"),
    ("The foreign ministers of Estonia and Finland met in Tallinn on Tuesday.", "Tallinn"),
    ("Germany condemned Russia in a statement on Monday.", None),
])
def test_the_place_where_it_happened(sentence, place):
    (s,) = [s for s in extract_article(article("Report\n" + sentence)) if s.predicate not in ("leads", "represents", "visits")]
    assert s.place == place


def test_meeting_in_a_capital_is_a_place_not_a_party():
    found = triples("Talks\nThe foreign ministers of Estonia and Finland met in Tallinn on Tuesday.")
    assert found == {("EST", "meets_with", "FIN", "2024-11-05"), ("FIN", "visits", "EST", "2024-11-05")}


def test_hedged_statements_keep_a_lower_confidence():
    (s,) = extract_article(article("Claims\nNorth Korea has reportedly sent troops to Russia."))
    assert s.hedged and s.confidence < 0.8


def test_passive_voice_keeps_the_direction():
    assert triples("Criticism\nIran was condemned by France on Monday.") == {("FRA", "condemns", "IRN", "2024-11-04")}


def test_evidence_marks_actors_and_trigger():
    (s,) = extract_article(article("Aid\nJapan pledged new humanitarian aid to Ukraine."))
    assert mark_evidence(s) == "[Japan] <<pledged>> new humanitarian aid to [Ukraine]."


def test_jsonl_form_is_what_the_scorer_reads():
    (s,) = extract_article(article("Aid\nJapan pledged new humanitarian aid to Ukraine."))
    row = json.loads(json.dumps(s.as_dict()))
    assert row["subject"] == {"id": "JPN", "name": "Japan", "type": "state"}
    assert {"predicate", "object", "date", "date_precision", "evidence", "confidence", "article"} <= set(row)


@pytest.mark.skipif(not (SEED / "liveblog.txt").exists(), reason="the development set (../shared/seed) is not beside this checkout")
def test_development_page_gives_the_backbone_triples():
    text = (SEED / "liveblog.txt").read_text(encoding="utf-8")
    found = {(s.subject.id, s.predicate, s.object.id): s for s in extract_article(article(text))}
    for key in [("PRK", "sends_troops_to", "RUS"), ("maia-sandu", "defeats", "alexandr-stoianoglo")]:
        assert key in found and found[key].date and found[key].evidence


def test_a_meeting_frame_and_what_the_two_then_agreed():
    text = """Talks in Tokyo
At a meeting in Tokyo on Friday, Japanese foreign minister Aiko Tanaka and the EU's trade commissioner, Lars Holm, discussed export controls.
The two agreed to work together on critical minerals.
"""
    found = triples(text, date(2024, 11, 12))
    assert ("aiko-tanaka", "meets_with", "lars-holm", "2024-11-08") in found
    assert ("JPN", "cooperates_with", "EU", "2024-11-08") in found  # cooperation is between the bodies they act for
    assert ("aiko-tanaka", "represents", "JPN", None) in found and ("lars-holm", "represents", "EU", None) in found


def test_a_rotating_post_held_by_the_previous_holder():
    text = """Council presidency
Malta has become the president of the UN Security Council.
It was held by Sierra Leone in August.
"""
    found = triples(text, date(2024, 9, 2))
    assert ("MLT", "leads", "UNSC", "2024-09-02") in found
    assert ("SLE", "leads", "UNSC", "2024-08") in found


def test_a_presidency_named_in_apposition_leads_but_not_the_subject_of_the_next_clause():
    found = triples("Council\nThe EU's rotating presidency, Portugal, opened the session.\n"
                    "Talks\nAccording to a statement from the Kenyan presidency, Amos Okello and Grace Mwangi agreed to reopen the border.")
    assert {t for t in found if t[1] == "leads"} == {("PRT", "leads", "EU", "2024-11-05")}


def test_strikes_between_two_states_are_theirs_not_the_speakers():
    found = triples("Escalation\nThe Kenyan president warned on Monday that tit-for-tat strikes between Sudan and Chad could spread.")
    assert {t for t in found if t[1] == "attacks"} == {("SDN", "attacks", "TCD", "2024-11-04"), ("TCD", "attacks", "SDN", "2024-11-04")}


def test_a_courtesy_title_after_an_appositive_comma_is_not_part_of_the_name():
    found = triples("Visit\nNorwegian Foreign Minister Ingrid Haugland reached Lima on Monday. "
                    "During the first visit to Lima by Norway's top diplomat, Ms Haugland also met Peru's foreign minister, Rosa Quispe.")
    assert {(s, p, o) for s, p, o, _ in found if p == "meets_with"} == {("ingrid-haugland", "meets_with", "rosa-quispe")}
    assert not any(s.startswith("ms-") for s, *_ in found)


def test_a_meeting_in_an_opening_phrase_after_a_day_is_the_main_subjects():
    found = triples("Aid\nOn Monday, during talks with Kenyan President William Ruto, the Norwegian premier Jonas Dahl pledged new funds.")
    assert ("jonas-dahl", "meets_with", "william-ruto", "2024-11-04") in found


def test_troops_that_arrive_or_are_stationed_somewhere_are_sent_there_not_visiting():
    found = triples("Deployment\nSome forty Turkish military trainers have arrived in Somalia under the new pact. "
                    "Officials say about 2,000 soldiers from Ethiopia are stationed in Somalia.")
    assert {t for t in found if t[1] in ("sends_troops_to", "visits")} == {
        ("TUR", "sends_troops_to", "SOM", "2024-11-05"), ("ETH", "sends_troops_to", "SOM", "2024-11-05")}


def test_cut_ties_a_decision_labelled_unjust_and_an_offensive_since_launched():
    found = triples("Rift\nMali has cut diplomatic ties with Senegal. Senegal labelled Mali's decision \"unjust\" on Monday. "
                    "Azerbaijan has faced sanctions since launching its offensive in Armenia in 2023.")
    assert ("MLI", "condemns", "SEN", "2024-11-05") in found and ("SEN", "condemns", "MLI", "2024-11-04") in found
    assert ("AZE", "attacks", "ARM", "2023") in found


def test_while_on_a_visit_is_the_main_subjects_visit():
    found = triples("Trip\nGhana's President John Mahama on Monday called for closer trade links with Japan while on a visit to Tokyo.")
    assert ("john-dramani-mahama", "visits", "JPN", "2024-11-04") in found


def test_arrival_phrase_flying_on_a_princes_title_and_a_goal_to_destroy():
    found = triples("Tour\nUpon arrival in Nairobi on Monday, President Tinubu was welcomed by Kenyan officials.\n"
                    "Gulf\nEmirati Foreign Minister Prince Khalid Al Nahyan flew on to Oman.\n"
                    "Somalia\nPresident William Ruto said his goal is to destroy al-Shabaab.\nLebanon\nIsrael struck Hizbullah in Lebanon.")
    assert ("bola-tinubu", "visits", "KEN", "2024-11-04") in found and ("khalid-al-nahyan", "represents", "ARE", None) in found
    assert ("khalid-al-nahyan", "visits", "OMN", "2024-11-05") in found
    assert {t for t in found if t[1] in ("threatens", "attacks") and t[0] != "ISR"} == {("william-ruto", "threatens", "AL-SHABAAB", "2024-11-05")}
    assert ("ISR", "attacks", "HEZBOLLAH", "2024-11-05") in found


def test_greeted_with_a_hug_by_is_a_meeting():
    found = triples("Airport\nOn Monday, Ruto was greeted with a warm hug by Museveni at the airport.")
    assert ("yoweri-museveni", "meets_with", "william-ruto", "2024-11-04") in found


def test_the_signing_of_a_pair_named_agreement_and_one_that_is_set_to_happen():
    found = triples("Trade\nThe ceremony in Nairobi on Monday marked the signing of the Kenya‑Uganda Trade Agreement.\n"
                    "Summit\nThe summit that’s also set to feature the signing of a Chad-Sudan peace deal opened on Monday.")
    assert {t for t in found if t[1] == "signs_agreement_with"} == {("KEN", "signs_agreement_with", "UGA", "2024-11-04")}


def test_the_leaders_or_they_act_as_the_pair_last_named():
    found = triples("Visit\nKenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Monday. "
                    "The leaders agreed to elevate bilateral ties to a strategic partnership. "
                    "Five memoranda of understanding (MoUs) were signed to advance cooperation.\n"
                    "Trade\nKenyan President William Ruto held talks with Tanzanian President Samia Hassan on Monday. They signed three agreements.")
    pairs = {(s, p, o) for s, p, o, _ in found if p in ("cooperates_with", "signs_agreement_with")}
    assert pairs == {("KEN", "cooperates_with", "UGA"), ("KEN", "signs_agreement_with", "UGA"),  # the pair of the cooperation, the states
                     ("william-ruto", "signs_agreement_with", "samia-hassan")}


def test_received_by_x_in_an_opening_phrase_is_at_in_a_state_for_and_an_arrival_late_in_the_day():
    found = triples("Accra\nReceived at the Castle in Accra by President Mahama, Ruto held talks on trade.\n"
                    "Retreat\nPrime Minister Anwar Ibrahim is in Singapore for the annual leaders' retreat.\n"
                    "Arrival\nNamibian President Netumbo Nandi-Ndaitwah arrived on Monday evening (Nov 4) in Lusaka.")
    assert ("john-dramani-mahama", "meets_with", "william-ruto", "2024-11-05") in found
    assert ("anwar-ibrahim", "visits", "SGP", "2024-11-05") in found
    assert ("netumbo-nandi-ndaitwah", "visits", "ZMB", "2024-11-04") in found


def test_a_courtesy_title_before_a_described_name_and_sanctions_on_an_additional_number_of_officials():
    found = triples("Vote\nThe ballot on Monday saw Mr Amos Wekesa defeat Mr Peter Otieno, a former minister of Kenya.\n"
                    "Sanctions\nCanada also sanctioned an additional 12 Belarusian officials on Monday.")
    assert ("amos-wekesa", "defeats", "peter-otieno", "2024-11-04") in found
    assert ("CAN", "sanctions", "BLR", "2024-11-04") in found


def test_long_titles_before_a_name_are_titles_not_organisations_and_judges_do_not_act_for_states():
    found = triples("Visit\nOn Monday, Ruto was greeted by Chief of Army Staff General Peter Njoroge at the airport.\n"
                    "Court\nFormer Supreme Court Chief Justice of Uganda Mary Okello and Kenyan judge Ann Wambui met the press.")
    assert ("peter-njoroge", "meets_with", "william-ruto", "2024-11-04") in found
    assert not any(s in ("chief-of-army", "justice") or s in ("mary-okello", "ann-wambui") and p in ("represents", "leads")
                   for s, p, *_ in found)


def test_a_list_with_a_serial_comma_acts_together():
    found = triples("Rail\nKenya, Uganda, and Rwanda have signed a trilateral framework agreement for the railway.")
    assert {(s, o) for s, p, o, _ in found if p == "signs_agreement_with"} == {("KEN", "UGA"), ("KEN", "RWA"), ("UGA", "RWA")}


def test_a_passive_welcome_sharing_the_subject_of_an_arrival():
    found = triples("Visit\nRuto arrived late on Monday night and was warmly received by President Yoweri Museveni and Prime Minister Robinah Nabbanja.")
    assert {(s, o) for s, p, o, _ in found if p == "meets_with"} == {("yoweri-museveni", "william-ruto"), ("robinah-nabbanja", "william-ruto")}


def test_targets_of_a_group_struck_by_the_verbs_subject_are_not_the_groups_strikes():
    found = triples("Strikes\nThe Turkish army said it was striking PKK targets in northern Iraq on Monday.")
    assert {(s, o) for s, p, o, _ in found if p == "attacks"} == {("TUR", "PKK")}


def test_mediators_meet_both_parties_and_a_brokered_ceasefire_is_agreed_between_them():
    found = triples("Truce\nIn a breakthrough, Sudan and Chad have agreed to a ceasefire following talks mediated by Kenya and Ethiopia.\n"
                    "Deal\nQatar has brokered a ceasefire between Somalia's al-Shabaab group and Kenya, officials said.")
    assert {(s, o) for s, p, o, _ in found if p == "meets_with"} == {("KEN", "SDN"), ("KEN", "TCD"), ("ETH", "SDN"), ("ETH", "TCD")}
    assert ("AL-SHABAAB", "signs_agreement_with", "KEN", "2024-11-05") in found


def test_meetings_with_counterparts_including_a_list_and_the_palestinian_bodies():
    found = triples("UN week\nIn New York, Kenyan Foreign Minister Musalia Mudavadi held talks with a range of counterparts, "
                    "including from Chile, Ghana, the Palestinian Authority and the Gulf Cooperation Council.\n"
                    "Unity\nHamas and Fatah signed the Cairo Declaration on Tuesday.\n"
                    "Gaza\nThe Hamas-run health ministry and the Fatah-controlled Palestinian Authority condemned Israel.")
    assert {o for s, p, o, _ in found if s == "musalia-mudavadi" and p == "meets_with"} == {"CHL", "GHA", "PALESTINIAN-AUTHORITY", "GCC"}
    assert ("HAMAS", "signs_agreement_with", "FATAH", "2024-11-05") in found
    assert {s for s, p, o, _ in found if p == "condemns"} == {"PALESTINIAN-AUTHORITY"}
    assert not any(p == "occupies" for _, p, *_ in found)


def test_a_pledge_of_support_is_support_and_a_place_after_outside_is_no_subject():
    found = triples("Visit\nAt the palace just outside Nairobi, Ruto pledged to support Uganda's plan for a new railway.")
    assert ("william-ruto", "supports", "UGA", "2024-11-05") in found


def test_he_after_where_is_the_person_who_arrived():
    found = triples("Visit\nRuto arrived in Kampala on Monday, where he was greeted by Museveni at the airport.")
    assert ("yoweri-museveni", "meets_with", "william-ruto", "2024-11-04") in found


def test_leaving_an_organisation_is_a_break_with_it_and_a_regime_called_fraudulent_is_condemned():
    found = triples("Exit\nChad, Sudan and Niger announced on Sunday their immediate withdrawal from the African Union.\n"
                    "Troops\nFrance withdrew its troops from Chad on Monday. Kenya has withdrawn its ambassador to Somalia.\n"
                    "Vote\nKenyan Foreign Minister Musalia Mudavadi described Ruto's election as \"fraudulent\" on Monday.")
    condemns = {(s, o) for s, p, o, _ in found if p == "condemns"}
    assert condemns == {("TCD", "AU"), ("SDN", "AU"), ("NER", "AU"), ("KEN", "SOM"), ("musalia-mudavadi", "william-ruto")}


def test_travelling_to_a_state_is_a_visit():
    found = triples("Tour\nRuto arrived in Lusaka on Monday after travelling to Malawi.")
    assert {o for s, p, o, _ in found if p == "visits"} == {"ZMB", "MWI"}


def test_a_pair_that_reaffirmed_its_commitment_to_deepen_ties_cooperates():
    found = triples("Talks\nKenyan President William Ruto held talks with Ugandan President Yoweri Museveni on Monday. "
                    "Both leaders reaffirmed their commitment to further consolidate bilateral ties.\n"
                    "Border\nDuring talks between Ruto and Tanzanian President Samia Hassan, both sides signed six agreements on trade.")
    assert ("KEN", "cooperates_with", "UGA", "2024-11-04") in found
    assert ("william-ruto", "signs_agreement_with", "samia-hassan", "2024-11-05") in found


# Cases three reviews of this session's rules found (sentences of the reviewers' own): none may come back.
@pytest.mark.parametrize("text, absent", [
    # first review
    ("Chinese Premier Li Qiang and his New Zealand counterpart Christopher Luxon held talks.", ("christopher-luxon", "represents", "NZL")),
    ("Egyptian President Sisi warned about the danger of strikes between Iran and Israel.", ("IRN", "attacks", "ISR")),
    ("Rail strikes between Germany and France disrupted travel on Tuesday.", ("DEU", "attacks", "FRA")),
    ("Soldiers from Ukraine in Britain completed their training on Thursday.", ("UKR", "sends_troops_to", "GBR")),
    ("Japan is launching a relief operation in the Philippines after the typhoon.", ("JPN", "attacks", "PHL")),
    ("Blinken met Netanyahu in Jerusalem while in Lebanon, air strikes hit Hezbollah positions.", ("antony-blinken", "attacks", "HEZBOLLAH")),
    ("Upon arrival in Russia, North Korean soldiers were sent to Kursk.", ("PRK", "visits", "RUS")),
    ("France has blocked the signing of the EU-Mercosur trade agreement.", ("EU", "signs_agreement_with", "MERCOSUR")),
    ("Nobody has signed the Israel-Saudi normalisation deal yet.", ("ISR", "signs_agreement_with", "SAU")),
    ("Xi Jinping met Joe Biden in California on Wednesday. No agreements were signed.", ("xi-jinping", "signs_agreement_with", "joe-biden")),
    ("Putin hosted Kim Jong Un on Wednesday. Western officials said they signed a statement.", ("vladimir-putin", "signs_agreement_with", "kim-jong-un")),
    ("Russia is in Syria for the long haul, a Kremlin official said.", ("RUS", "visits", "SYR")),
    ("Erdogan phoned Putin, and Zelensky held talks with Biden in Washington.", ("vladimir-putin", "meets_with", "volodymyr-zelensky")),
    ("Blinken flew to Egypt, and Qatar signed a deal on aid.", ("EGY", "signs_agreement_with", "QAT")),
    ("Ruto arrived in Ethiopia on Thursday and was received by Prime Minister Abiy Ahmed.", ("abiy-ahmed", "meets_with", "ETH")),
    ("The Saudi peace plan was unveiled on Monday and was welcomed by Egypt.", ("EGY", "meets_with", "SAU")),
    # second review
    ("French President Emmanuel Macron left the European Union summit early on Friday.", ("emmanuel-macron", "condemns", "EU")),
    ("The Iranian delegation walked out and left the UN General Assembly hall.", ("IRN", "condemns", "UNGA")),
    ("Putin is travelling to North Korea next week, the Kremlin said.", ("vladimir-putin", "visits", "PRK")),
    ("Chinese nationals travelling to Thailand no longer need visas.", ("CHN", "visits", "THA")),
    ("Lula welcomed Macron to Brasilia, where he was greeted by Vice President Geraldo Alckmin.",  # (a guard: passes before too)
     ("geraldo-alckmin", "meets_with", "luiz-inacio-lula-da-silva")),
    ("Israel and Hamas rejected talks mediated by Egypt on Friday.", ("EGY", "meets_with", "ISR")),
    # third review
    ("Speaking in Tripoli, Lebanese Prime Minister Najib Mikati urged calm.", ("najib-mikati", "visits", "LBY")),
    ("Dock strikes between Britain and France delayed ferries.", ("GBR", "attacks", "FRA")),
    ("Israel dealt severe blows to Hezbollah, eliminating its top leadership, including Hassan Nasrallah.",  # (a guard: passes before too)
     ("hassan-nasrallah", "leads", "HEZBOLLAH")),
])
def test_what_the_reviews_of_this_session_found_must_not_be_read(text, absent):
    assert absent not in {(s, p, o) for s, p, o, _ in triples("Report\n" + text)}


@pytest.mark.parametrize("text, present", [
    # first review: justice as a portfolio or a party name
    ("Ukrainian Justice Minister Denys Maliuska met Polish officials in Warsaw on Monday.", ("denys-maliuska", "represents", "UKR")),
    ("The Justice and Development Party of Turkey condemned Israel's strikes on Gaza.", ("justice-and-development-party", "condemns", "ISR")),
    # second review
    ("Attacks between Israel and Hezbollah intensified on Friday.", ("ISR", "attacks", "HEZBOLLAH")),
    ("UN experts estimate about 4,000 troops from Rwanda in Congo.", ("RWA", "sends_troops_to", "COD")),
    ("Russia vetoed the resolution and condemned the United States for proposing it.", ("RUS", "condemns", "USA")),
    ("Modi met Putin in Moscow. On Tuesday, they signed nine agreements.", ("narendra-modi", "signs_agreement_with", "vladimir-putin")),
    ("The Russian leader, Vladimir Putin, and China's Xi Jinping held talks in Beijing.", ("vladimir-putin", "meets_with", "xi-jinping")),
    ("Ukrainian President Volodymyr Zelensky spoke in parliament and was received by King Felipe.", ("felipe", "meets_with", "volodymyr-zelensky")),
    # third review
    ("Russian strikes killed 12 people in Kharkiv as Ukrainian President Volodymyr Zelensky met envoys.", ("volodymyr-zelensky", "leads", "UKR")),
    ("The killing of three aid workers was condemned by Israeli Prime Minister Benjamin Netanyahu.", ("benjamin-netanyahu", "leads", "ISR")),
    ("The executive board chaired by Kenyan President William Ruto met in Nairobi.", ("william-ruto", "leads", "KEN")),
    ("A plot to oust Venezuelan President Nicolas Maduro was foiled, officials said.", ("nicolas-maduro", "leads", "VEN")),
    ("Sofia Lopez, a Mexican diplomat, met Argentine officials in Buenos Aires.", ("sofia-lopez", "represents", "MEX")),
    ("Nicaragua left the Organization of American States in 2021.", ("NIC", "condemns", "OAS")),
])
def test_what_the_reviews_of_this_session_found_must_be_read(text, present):
    assert present in {(s, p, o) for s, p, o, _ in triples("Report\n" + text)}


def test_narrow_cases_the_review_found_too_narrow():
    found = triples("Roles\nMikhail Mishustin, who is the prime minister of Russia, met Modi on Monday.\n"
                    "Treaty\nRussia's set to sign a partnership treaty with Iran next week.\n"
                    "Losses\nSince launching its offensive in Ukraine in 2022, Russia has lost thousands of tanks.\n"
                    "Pyongyang\nPutin was welcomed with military honours by Kim Jong Un on Monday.\n"
                    "Lusaka\nKenyan President William Ruto arrived late on Monday in Lusaka.\n"
                    "Gaza\nPalestinian Prime Minister Mohammad Mustafa met Egyptian officials on Monday.")
    pairs = {(s, p, o) for s, p, o, _ in found}
    assert ("mikhail-mishustin", "leads", "RUS") in pairs and ("mikhail-mishustin", "represents", "RUS") not in pairs
    assert [t for t in found if t[0] == "mikhail-mishustin" and t[1] == "leads"] == [("mikhail-mishustin", "leads", "RUS", None)]
    assert not any(p in ("signs_agreement_with", "cooperates_with") for s, p, o in pairs if s == "RUS")
    assert ("RUS", "attacks", "UKR") in pairs and ("kim-jong-un", "meets_with", "vladimir-putin") in pairs
    assert ("william-ruto", "visits", "ZMB") in pairs and ("mohammad-mustafa", "leads", "PSE") in pairs


def test_strikes_across_a_capital_speaking_in_a_capital_and_more_capitals_as_their_states():
    found = triples("Strikes\nEarlier that week, Israeli strikes across Sanaa killed at least ten people.\n"
                    "Forum\nSpeaking on Sunday at a forum in the Saudi capital, Kenyan President William Ruto said trade would grow.\n"
                    "Talks\nIranian Foreign Minister Abbas Araghchi arrived in Addis Ababa on Monday.")
    assert ("ISR", "attacks", "YEM", "2024-11-05") in found
    assert ("william-ruto", "visits", "SAU", "2024-11-03") in found and ("abbas-araghchi", "visits", "ETH", "2024-11-04") in found


def test_a_leader_killed_or_ousted_in_the_act_told_holds_no_office_but_one_who_speaks_of_killings_does():
    found = triples("Strike\nThe raid followed Israel's assassination in Beirut last month of Hamas leader Ismail Haniyeh.\n"
                    "Coup\nSoldiers ousted longtime President Omar al-Bashir in April.\n"
                    "Raid\nAmong the dead were several senior officials, including the group's long-time leader, Yahya Sinwar.\n"
                    "Reaction\nIsraeli strikes killed dozens, Kenyan President William Ruto said.")
    roles = {(s, p, o) for s, p, o, _ in found if p in ("leads", "represents")}
    assert roles == {("william-ruto", "leads", "KEN")}


def test_a_pronoun_object_takes_the_earlier_object_and_a_shared_subject():
    found = triples("Reaction\nSpain voiced concern about Venezuela's election and strongly condemned it on Monday.")
    assert ("ESP", "condemns", "VEN", "2024-11-04") in found and ("ESP", "concerned_about", "VEN", "2024-11-04") in found


def test_many_articles_on_all_cores_give_what_one_core_gives():
    from kg.extract import extract_many

    texts = [f"Report {i}\nJapan pledged humanitarian aid to Ukraine on Monday.\nRussia attacked Ukraine on day {i}." for i in range(12)]
    articles = [article(t) for t in texts]
    done = []
    parallel = extract_many(articles, workers=2, progress=lambda: done.append(1))
    assert [[s.as_dict() for s in ss] for ss in parallel] == [[s.as_dict() for s in extract_article(a)] for a in articles]
    assert len(done) == 12


@pytest.mark.parametrize("sentence, expected", [
    ("Minsk-backed militias crossed the border.", None),
    ("Ankara-backed Syrian National Army fighters advanced.", None),
    ("Iranian-backed Houthis fired at shipping.", ("IRN", "supports", "HOUTHIS")),
    ("Clashes broke out near the Russian-occupied Zaporizhzhia region.", ("RUS", "occupies", "zaporizhzhia")),
    ("Officials tracked weapons shipments from Iran to Russia last month.", ("IRN", "supplies_weapons_to", "RUS")),
    ("Canada announced fresh sanctions on Belarus.", ("CAN", "sanctions", "BLR")),
    ("The tycoon Ilan Shor, who is under EU sanctions, left the country.", ("EU", "sanctions", "ilan-shor")),
    ("Israel vowed to retaliate after Iran's missile barrage.", ("ISR", "threatens", "IRN")),
    ("Russia carried out new air strikes on Ukraine overnight.", ("RUS", "attacks", "UKR")),
    ("A Hamas commander was killed in Israeli strikes overnight.", ("ISR", "attacks", "HAMAS")),
])
def test_relations_written_as_compounds_nouns_and_passives(sentence, expected):
    found = {(s.subject.id, s.predicate, s.object.id) for s in extract_article(article("Report\n" + sentence))
             if s.predicate not in ("leads", "represents")}
    assert found == ({expected} if expected else set())


def test_a_modifier_compound_is_no_target():
    assert triples("Strikes\nIsrael struck the Tehran-backed group's depots on Monday.") == set()


@pytest.mark.parametrize("sentence", [
    "Pyongyang shipped shells to Russia for use in attacking Ukraine.",
    "There has been talk of striking Iran's oil terminals.",
])
def test_purposes_and_talk_are_not_facts(sentence):
    found = {(s.subject.id, s.predicate, s.object.id) for s in extract_article(article("Report\n" + sentence))}
    assert not any(p == "attacks" for _, p, _ in found)


def test_this_years_chair_leads_the_group():
    found = triples("Chair\nThe text was issued by this year's G7 president, Canada.", date(2025, 6, 2))
    assert ("CAN", "leads", "G7", "2025") in found


def test_a_wire_dateline_is_not_an_actor():
    found = triples("Wire\nBERLIN, Oct. 8 (Example Press)--The foreign ministers of the G7 criticised Iran on Tuesday.", date(2024, 10, 9))
    assert found == {("G7", "condemns", "IRN", "2024-10-08")}


def test_a_statement_issued_on_behalf_of_others_is_theirs_too():
    text = ("Statement\nThe ministers of the Nordic Council said they were concerned about Georgia.\n"
            "The statement was also issued on behalf of ministers from Estonia, Latvia and the European Union.")
    found = {(s.subject.id, s.predicate, s.object.id) for s in extract_article(article(text))}
    assert {("EST", "concerned_about", "GEO"), ("LVA", "concerned_about", "GEO"), ("EU", "concerned_about", "GEO")} <= found


def test_every_role_the_article_gives_is_kept():
    found = triples("Roles\nIsraeli prime minister Benjamin Netanyahu spoke to reporters.\n"
                    "German chancellor Olaf Scholz condemned Iran on Monday.")
    assert {("olaf-scholz", "leads", "DEU", None), ("benjamin-netanyahu", "leads", "ISR", None)} <= found


def test_religious_forms_of_address_are_not_part_of_the_name():
    (s, *_) = extract_article(article("Threats\nIran's supreme leader Ayatollah Ali Khamenei threatened Israel on Friday."))
    assert (s.subject.id, s.predicate, s.object.id) == ("ali-khamenei", "threatens", "ISR")


def test_a_meeting_joined_by_someone_is_a_meeting_not_a_cosigning():
    text = ("Talks\nThe foreign ministers of the G7 condemned Iran on Monday.\n"
            "The meeting was joined by Ukrainian foreign minister Andrii Sybiha.")
    found = triples(text)
    assert ("G7", "meets_with", "andrii-sybiha", "2024-11-05") in found
    assert not any(s == "UKR" or s == "andrii-sybiha" and p == "condemns" for s, p, *_ in found)


def test_a_title_in_capitals_still_belongs_to_the_person():
    found = triples("Talks\nGerman Foreign Minister Annalena Baerbock met Ukrainian Foreign Minister Andrii Sybiha on Monday.")
    assert found == {("annalena-baerbock", "meets_with", "andrii-sybiha", "2024-11-04"),
                     ("annalena-baerbock", "represents", "DEU", None), ("andrii-sybiha", "represents", "UKR", None)}


def test_his_wife_is_not_him():
    found = triples("Tribute\nFrench president Emmanuel Macron spoke of the late dissident.\nHe said France stands with his wife.")
    assert not any(o == "emmanuel-macron" for _, _, o, _ in found)


def test_what_a_compound_backs_and_who_was_really_targeted():
    found = triples("Strike\nIsrael targeted the deputy of the Iran-backed Hamas's leader Yahya Sinwar in Gaza on Monday.")
    assert {(s, p, o, d) for s, p, o, d in found if p != "leads"} == {("IRN", "supports", "HAMAS", "2024-11-04")}


def test_abbreviated_titles_name_a_person():
    (role,) = [s for s in extract_article(article("Talks\nIranian FM Abbas Araghchi met Qatar's emir on Monday."))
               if s.predicate == "represents"]
    assert (role.subject.id, role.object.id) == ("abbas-araghchi", "IRN")


@pytest.mark.parametrize("sentence, expected", [
    ("Washington imposed sanctions on two Chinese firms on Tuesday.", ("USA", "sanctions", "CHN", "2024-11-05")),
    ("Poland and Lithuania signed a defence pact on Friday.", ("LTU", "signs_agreement_with", "POL", "2024-11-01")),
    ("North Korea has provided Russia with millions of artillery shells.", ("PRK", "supplies_weapons_to", "RUS", "2024-11-05")),
    ("Norway provided Moldova with new humanitarian aid last month.", ("NOR", "provides_aid_to", "MDA", "2024-10")),
    ("China and Russia held joint naval drills in the Sea of Japan.", ("CHN", "cooperates_with", "RUS", "2024-11-05")),
    ("Russian forces captured the village of Kurakhove in the Donetsk region.", ("RUS", "occupies", "city-ukr-kurakhove", "2024-11-05")),
])
def test_more_ways_news_says_it(sentence, expected):
    found = {(s.subject.id, s.predicate, s.object.id, s.date) if s.predicate != "signs_agreement_with" or s.subject.id < s.object.id
             else (s.object.id, s.predicate, s.subject.id, s.date) for s in extract_article(article("Report\n" + sentence))}
    assert found == {expected}


def test_a_future_delivery_is_hypothetical():
    (s,) = extract_article(article("Plans\nGermany will deliver more Patriot systems to Ukraine."), hypothetical=True)
    assert (s.predicate, s.modality) == ("supplies_weapons_to", "hypothetical")


def test_hosting_weapons_is_no_meeting_and_a_pledge_to_act_is_a_plan():
    assert triples("Nukes\nBelarus hosted Russian tactical nuclear weapons.") == set()
    (s, t) = extract_article(article("Plans\nBritain and France pledged to deploy troops to Ukraine."), hypothetical=True)
    assert {s.modality, t.modality} == {"hypothetical"}
    assert triples("Police\nKenya sent police officers to Haiti in June.") == {("KEN", "sends_troops_to", "HTI", "2024-06")}


def test_a_name_that_names_a_base_is_no_person():
    assert not any("kogalniceanu" in o for _, _, o, _ in triples("Base\nRomania welcomed NATO troops to the Mihail Kogalniceanu base."))


@pytest.mark.parametrize("text, expected", [
    ("“We condemn Russia’s aggression,” German chancellor Olaf Scholz said on Monday.", ("olaf-scholz", "condemns", "RUS")),
    ("“Our support for Moldova is unwavering,” the Romanian foreign ministry said.", ("ROU", "supports", "MDA")),
    ("Czech president Petr Pavel said: “We condemn Iran’s attacks.”", ("petr-pavel", "condemns", "IRN")),
    ("“We condemn Iran,” a diplomat told reporters.", None),
])
def test_we_in_a_quote_is_its_speaker(text, expected):
    found = {(s.subject.id, s.predicate, s.object.id) for s in extract_article(article("Quotes\n" + text))
             if s.predicate not in ("leads", "represents")}
    assert found == ({expected} if expected else set())


def test_a_noun_trigger_names_no_agent_but_its_possessor_does():
    found = triples("Strikes\nBritish prime minister Keir Starmer condemned Russia's strikes on Ukraine's energy grid.\n"
                    "US president Joe Biden said the outrageous attack was designed to cut off Ukrainian people's heat.")
    acts = {(s, p, o) for s, p, o, _ in found if p not in ("leads", "represents")}
    assert acts == {("keir-starmer", "condemns", "RUS"), ("RUS", "attacks", "UKR")}


def test_the_possessed_is_the_object():
    assert triples("Red Sea\nThe Quad condemned attacks by Yemen's Houthis on shipping.") == {("QUAD", "condemns", "HOUTHIS", "2024-11-05")}


def test_what_someone_is_called_on_to_do_has_not_happened():
    assert triples("Resolution\nThe European Parliament called on the EU to impose sanctions on Georgia.") == set()


def test_a_listed_place_attacked_stands_for_its_state():
    (s,) = extract_article(article("Strikes\nRussian missiles hit Odesa on Monday."))
    assert (s.subject.id, s.predicate, s.object.id, s.place) == ("RUS", "attacks", "UKR", "Odesa")


def test_hyphenated_pair_talks_and_holidays_are_no_persons():
    assert triples("Talks\nPrisoners were swapped after the Ukraine-Russia talks in Istanbul.") == {
        ("UKR", "meets_with", "RUS", "2024-11-05"), ("UKR", "visits", "TUR", "2024-11-05"), ("RUS", "visits", "TUR", "2024-11-05")}
    assert triples("Attack\nRussia launched a huge Christmas Day attack on Ukraine.") == {("RUS", "attacks", "UKR", "2024-11-05")}


def test_a_groups_members_named_in_the_text_share_its_statements():
    text = ("Statement\nWe, the G7 Foreign Ministers of Canada, Italy and the European Union, express deep concern "
            "about China's drills around Taiwan.")
    found = [s for s in extract_article(article(text)) if s.predicate == "concerned_about"]  # (and China's drills threaten Taiwan)
    assert {(s.subject.id, s.predicate, s.object.id, s.place) for s in found} == {
        (who, "concerned_about", "CHN", "Taiwan") for who in ("G7", "CAN", "ITA", "EU")}
    assert len({s.event for s in found}) == 1 and found[0].event


def test_phrasal_back_is_no_backing_and_meetings_in_passing_count():
    assert triples("Front\nUkraine asked for aid to push back Russia's forces.") == set()
    found = triples("Talks\nFrance, after meeting Polish officials on Monday, said it was ready.")
    assert ("FRA", "meets_with", "POL", "2024-11-04") in found


def test_a_condemnation_does_not_reach_into_the_next_clause():
    found = triples("Vote\nPresident Maia Sandu denounced an “assault on democracy” as she said criminal groups had bought Moldovan votes.")
    assert not any(p == "condemns" for _, p, _, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Pakistan launched drones and missiles at Indian military sites overnight.", {("PAK", "attacks", "IND")}),
    ("Israeli jets struck Iran on Friday, and Iran retaliated with missile barrages on Tel Aviv.",
     {("ISR", "attacks", "IRN"), ("IRN", "attacks", "ISR")}),
    ("Azerbaijan and Armenia initialled a peace agreement in Washington.", {("AZE", "signs_agreement_with", "ARM")}),
    ("The United States lifted sanctions on Syria after talks.", set()),
    ("Norway ended its support for the Taliban.", set()),
    ("The army repelled an attack by the Houthis on Yemen's port of Mokha.", {("HOUTHIS", "attacks", "YEM")}),
])
def test_launches_retaliation_reversals(sentence, expected):
    assert {(s, p, o) for s, p, o, _ in triples("Report\n" + sentence)} == expected


def test_arabic_name_prefixes_and_fighting_between_two_sides():
    found = triples("Talks\nSyrian President Ahmed al-Sharaa met Egypt's foreign minister in Riyadh on Monday.\n"
                    "Clashes\nBattles erupted between the Sudanese army and the RSF on Monday.")
    assert ("ahmed-al-sharaa", "leads", "SYR", None) in found
    assert {("SDN", "attacks", "RSF", "2024-11-04"), ("RSF", "attacks", "SDN", "2024-11-04")} <= found


def test_handshakes_and_measures():
    assert ("ARM", "meets_with", "AZE", "2024-11-01") in triples("Summit\nArmenia and Azerbaijan shook hands on Friday.")
    assert triples("Package\nCanada imposed further restrictive measures on Belarus.") == {("CAN", "sanctions", "BLR", "2024-11-05")}


@pytest.mark.parametrize("sentence, expected", [
    ("China's coast guard shot a water cannon at a Philippine boat.", ("CHN", "attacks", "PHL")),
    ("Manila lodged its “strongest protest” yet against Beijing.", ("PHL", "condemns", "CHN")),
    ("Japan protested to China over the incursion.", ("JPN", "condemns", "CHN")),
    ("Vietnam's president warned his government would take firm action against China.", ("VNM", "threatens", "CHN")),
])
def test_water_cannon_protests_and_warnings(sentence, expected):
    assert {(s, p, o) for s, p, o, _ in triples("Sea\n" + sentence) if p not in ("leads", "represents")} == {expected}


def test_attributed_campaigns_concern_and_planned_talks():
    found = triples("Hybrid\nNATO countries say they are deeply concerned by a campaign of hybrid activities on the alliance's soil "
                    "they attribute to Russia.\nTalks\nKyiv prepared for the planned peace talks between Ukraine and Russia.")
    assert found == {("NATO", "accuses", "RUS", "2024-11-05")}


def test_history_keeps_its_era_and_invitations_are_not_visits():
    found = triples("Ties\nJapan occupied the Philippines during World War II.\nInvitation\nPutin also invited Kim to visit Moscow.")
    assert {(s, p, o, d) for s, p, o, d in found if p != "leads"} == {("JPN", "occupies", "PHL", "1939")}


def test_a_syndication_credit_and_wire_dateline_are_dropped():
    found = triples("Wire\n(MENAFN- Kuwait News Agency (KUNA)) LONDON, Sept 11 (KUNA) -- The British government announced "
                    "sanctions against Iran on Wednesday.")
    assert found == {("GBR", "sanctions", "IRN", "2024-09-11")}  # the Wednesday of the report filed on 11 September


def test_captions_treaties_backers_and_procurement():
    text = ("Summit\nProtesters hold Russian flags as they protest against ECOWAS, on October 4, 2022. (Photo by A. B. / AFP)\n"
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a \"strategic partnership treaty\" on Wednesday.\n"
            "Pyongyang has become one of Moscow's biggest backers.\n"
            "The West believes Russia has been procuring North Korean weaponry.")
    found = {(s.subject.id, s.predicate, s.object.id): s for s in extract_article(article(text, date(2024, 6, 20)))}
    assert set(found) == {("vladimir-putin", "signs_agreement_with", "kim-jong-un"), ("vladimir-putin", "leads", "RUS"),
                          ("kim-jong-un", "leads", "PRK"), ("PRK", "supports", "RUS"), ("PRK", "supplies_weapons_to", "RUS")}
    assert found["PRK", "supplies_weapons_to", "RUS"].hedged


def test_a_subject_of_its_own_is_not_replaced_by_the_speaker():
    found = triples("Message\nLondon said that the international community stands with Ukraine.\n"
                    "Position\nGermany said that the government backs Ukraine.")
    assert found == {("DEU", "supports", "UKR", "2024-11-05")}


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine's forces crossed into Russia's Kursk region in August.", ("UKR", "attacks", "RUS", "2024-08")),
    ("Russia's defence ministry said its air defences intercepted 12 Ukrainian drones.", ("RUS", "attacks", "UKR", "2024-11-05")),
    ("Poland summoned the Russian ambassador after a missile entered its airspace.", ("POL", "condemns", "RUS", "2024-11-05")),
])
def test_incursions_interceptions_and_summonses(sentence, expected):
    assert triples("Report\n" + sentence) == {expected}


def test_a_sentence_may_open_with_a_bare_name_followed_by_its_verb():
    found = triples("Vote\nClaudia Sheinbaum won the presidential election, beating Xóchitl Gálvez.\n"
                    "Media\nAl Masirah has reported two people were killed in an Israeli strike on a factory in Bajil.")
    assert ("claudia-sheinbaum", "defeats", "xochitl-galvez", "2024-11-05") in found
    assert not any("masirah" in s for s, *_ in found)


def acts(sentence):
    """(subject, predicate, object) of one report sentence, roles left out."""
    return {(s, p, o) for s, p, o, _ in triples("Report\n" + sentence) if p not in ("leads", "represents")}


@pytest.mark.parametrize("sentence, expected", [
    # a second verb joined by "but" keeps the first verb's subject
    ("Uganda denies arming the rebels but blames Kenya for the unrest.", {("UGA", "accuses", "KEN")}),
    # "accuses X of VERBing Y": X is the one said to do it
    ("Mali accuses Algeria of backing separatist fighters and of sheltering Wagner's foes.", {("MLI", "accuses", "DZA")}),
    ("Chad accused Sudan of supporting the RSF.", {("TCD", "accuses", "SDN"), ("SDN", "supports", "RSF")}),
    # a possessor is the agent of the noun after it
    ("Kenya welcomed Erdogan's surprise meeting with Paul Kagame in Ankara.", {("recep-tayyip-erdogan", "meets_with", "paul-kagame"), ("paul-kagame", "visits", "TUR")}),
    ("Diplomats discussed Serbia's growing aggression against Kosovo.", {("SRB", "attacks", "XKX")}),
    ("The Spanish minister shakes hands with Morocco's envoy in Rabat.", {("ESP", "meets_with", "MAR")}),
])
def test_shared_subjects_accusations_and_possessors(sentence, expected):
    assert acts(sentence) == expected


def test_what_someone_is_accused_of_doing_is_hedged():
    found = {(s.subject.id, s.predicate, s.object.id): s for s in extract_article(article("Claims\nChad accused Sudan of supporting the RSF."))}
    assert found["SDN", "supports", "RSF"].hedged and not found["TCD", "accuses", "SDN"].hedged


def test_the_month_of_may_is_no_modal_verb():
    assert triples("Talks\nTurkey's May 3 meeting with Greece went well.") == {("TUR", "meets_with", "GRC", "2024-05-03")}
    assert triples("Talks\nTurkey may meet Greece soon.") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Norway and Denmark are close allies of Canada.", {("NOR", "cooperates_with", "CAN"), ("DNK", "cooperates_with", "CAN")}),
    ("Vietnam has defence pacts with India and Japan.", {("VNM", "cooperates_with", "IND"), ("VNM", "cooperates_with", "JPN")}),
    ("Kenya inked a security pact with Haiti.", {("KEN", "signs_agreement_with", "HTI")}),
    ("Iran struck a deal with Egypt on Monday.", {("IRN", "signs_agreement_with", "EGY")}),
    ("Israeli jets bombarded Lebanon overnight.", {("ISR", "attacks", "LBN")}),
    ("Hezbollah fighters opened fire on Israeli troops.", {("HEZBOLLAH", "attacks", "ISR")}),
    ("Zelensky lashed out at Hungary.", {("volodymyr-zelensky", "condemns", "HUN")}),
    ("Poland is increasingly frustrated with Germany over the pipeline.", {("POL", "condemns", "DEU")}),
    ("Erdogan flew to Qatar for talks.", {("recep-tayyip-erdogan", "visits", "QAT")}),
    ("Canada blacklisted the Wagner Group.", {("CAN", "sanctions", "WAGNER")}),
    ("Serbia sided with China in the vote.", {("SRB", "supports", "CHN")}),
    ("Mali sat down with Niger in Bamako.", {("MLI", "meets_with", "NER"), ("NER", "visits", "MLI")}),
    ("Taliban fighters ambushed Pakistani troops.", {("TALIBAN", "attacks", "PAK")}),
    ("Turkey is a major supplier of military equipment to Azerbaijan.", {("TUR", "supplies_weapons_to", "AZE")}),
    ("The rebels have held large parts of northern Mali since 2012.", set()),
    ("Al-Shabaab controls swathes of southern Somalia.", {("AL-SHABAAB", "occupies", "SOM")}),
    ("The RSF advanced on the city of Khartoum at dawn.", {("RSF", "attacks", "SDN")}),
    ("Brazil recognised the exiled politician Juan Soto as the legitimate president.", {("BRA", "supports", "juan-soto")}),
    ("Spain formally recognised Palestine as an independent state.", {("ESP", "supports", "PSE")}),
    ("Egypt warned Ethiopia against filling the dam.", {("EGY", "threatens", "ETH")}),
    ("Turkey warned it would step up its strikes on the PKK in Iraq.", {("TUR", "threatens", "PKK")}),
    ("Washington promised severe consequences if Tehran attacks shipping.", {("USA", "threatens", "IRN")}),
    ("Hungary accused Serbia of preparing to send troops to Bosnia.", {("HUN", "accuses", "SRB")}),
])
def test_alliances_suppliers_control_recognition_and_warnings(sentence, expected):
    assert acts(sentence) == expected


def test_a_quote_the_ministry_attributes_and_a_vice_ministers_role():
    found = triples("Protest\nJapan's vice foreign minister Taro Sato met the Chinese envoy on Monday.\n"
                    "“We condemn Beijing's drills,” the ministry quoted Sato as saying.")
    assert ("taro-sato", "condemns", "CHN", "2024-11-05") in found
    assert ("taro-sato", "represents", "JPN", None) in found


def test_a_title_before_a_known_person_and_a_foreign_official_speaking_abroad():
    found = triples("Tour\nIsraeli Defence Minister Israel Katz warned Hezbollah against new attacks.\n"
                    "Stop\nChinese FM Wang Yi said in Cairo that talks would go on.\n"
                    "Home\nHungarian FM Peter Szijjarto said in Budapest that talks would go on.")
    assert ("israel-katz", "threatens", "HEZBOLLAH", "2024-11-05") in found
    assert ("israel-katz", "represents", "ISR", None) in found
    assert ("wang-yi", "visits", "EGY", "2024-11-05") in found
    assert not any(p == "visits" and s == "peter-szijjarto" for s, p, o, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Chinese ships fired water cannon on Sunday at three Vietnamese fishing boats.", {("CHN", "attacks", "VNM")}),
    ("Ever since Iraq invaded in 1990, Kuwait has guarded its border.", set()),
    ("Turkey launched a ground operation into Syria against the SDF.", {("TUR", "attacks", "SYR"), ("TUR", "attacks", "SDF")}),
    ("France sends extra air force assets in support of Estonia.", {("FRA", "sends_troops_to", "EST")}),
    ("Spain condemned Algeria's move and deployed warships to protect Morocco.", {("ESP", "condemns", "DZA"), ("ESP", "sends_troops_to", "MAR")}),
])
def test_fire_at_after_a_time_a_second_target_and_assets_sent_in_support(sentence, expected):
    assert {(s, p, o) for s, p, o, _ in triples("Report\n" + sentence)} == expected


def test_a_region_of_the_map_is_no_person_and_the_golan_is_a_place():
    assert triples("Region\nIran stepped up attacks on its rivals across the Middle East on Monday.") == set()
    (s,) = extract_article(article("Annexed\nSyria protested at the Israeli-occupied Golan Heights fence."))
    assert (s.subject.id, s.predicate, s.object.id) == ("ISR", "occupies", "golan-heights")


def test_a_named_group_later_joining_forces_cooperates_each_with_each():
    found = triples("Bloc\nThe juntas of Chad, Sudan and Libya announced a common front on Sunday.\n"
                    "The three countries have met twice since and joined forces in a new bloc.")
    assert {(s, p, o) for s, p, o, _ in found if p == "cooperates_with"} == {
        ("TCD", "cooperates_with", "SDN"), ("TCD", "cooperates_with", "LBY"), ("SDN", "cooperates_with", "LBY")}


@pytest.mark.parametrize("sentence, expected", [
    ("Erdogan said on Monday he valued the friendship of Azerbaijan, during a short visit to meet Ilham Aliyev in Baku.",
     {("recep-tayyip-erdogan", "visits", "AZE"), ("recep-tayyip-erdogan", "meets_with", "ilham-aliyev")}),
    ("Japan has given Ukraine more than $4 billion in humanitarian aid.", {("JPN", "provides_aid_to", "UKR")}),
    ("The envoy called on Iran to “stop support for the Houthis”.", set()),
])
def test_visits_to_meet_someone_aid_to_someone_and_a_call_to_stop(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chad's army said it repelled a fresh assault by Boko Haram near the lake.", {("TCD", "attacks", "BOKO-HARAM")}),
    ("Somalia repulsed al-Shabaab on Friday.", {("SOM", "attacks", "AL-SHABAAB")}),
])
def test_repelling_an_attack_is_fighting_the_attacker(sentence, expected):
    assert {(s, p, o) for s, p, o, _ in triples("Report\n" + sentence)} == expected


def test_the_ministers_of_named_countries_share_what_their_group_condemned():
    found = triples("Statement\nASEAN foreign ministers on Tuesday condemned the junta in Myanmar for new air raids.\n"
                    "The text followed talks between the ministers of Indonesia, Malaysia and Thailand in Jakarta.")
    assert {(s, p, o) for s, p, o, _ in found if p == "condemns"} == {
        ("ASEAN", "condemns", "MMR"), ("IDN", "condemns", "MMR"), ("MYS", "condemns", "MMR"), ("THA", "condemns", "MMR")}


def test_counterparts_pair_up_in_order_and_a_title_does_not_break_coordination():
    found = triples("Talks\nUS Secretary of State Marco Rubio and Defense Secretary Pete Hegseth held talks with their "
                    "Philippine counterparts Enrique Manalo and Gilberto Teodoro on Monday.")
    assert {(s, p, o) for s, p, o, _ in found if p == "meets_with"} == {
        ("marco-rubio", "meets_with", "enrique-manalo"), ("pete-hegseth", "meets_with", "gilberto-teodoro")}


@pytest.mark.parametrize("sentence, expected", [
    ("Armenia warned Azerbaijan is preparing to seize more land.", {("ARM", "accuses", "AZE")}),
    ("Lithuania said the arrival of Belarusian helicopters in its airspace violated international law.", {("LTU", "accuses", "BLR")}),
    ("Peru said the meeting of Bolivian officials went well.", set()),
])
def test_reported_intentions_and_violations_are_accusations(sentence, expected):
    assert {(s, p, o) for s, p, o, _ in triples("Report\n" + sentence)} == expected


def test_a_spokespersons_role_is_to_represent_and_a_head_of_government_leads():  # as the annotation guideline has it
    found = triples("Gulf talks\nQatari Prime Minister Hamad Al Sulaiti said the talks would resume next week.\n"
                    "Omani foreign ministry spokesman Badr Al Harthy said the venue was not fixed.\n"
                    "The palace says Bahraini Prime Minister Salman Al Khalifa will attend.\n"
                    "Dutch Prime Minister Joris Vermeulen and Vietnamese Premier Tran Van Binh will join by video.")
    assert found == {("hamad-al-sulaiti", "leads", "QAT", None), ("badr-al-harthy", "represents", "OMN", None),
                     ("salman-al-khalifa", "leads", "BHR", None), ("joris-vermeulen", "leads", "NLD", None),
                     ("tran-van-binh", "leads", "VNM", None)}


def test_a_time_in_a_following_phrase_dates_the_other_event():
    found = triples("Border\nIndia shelled Pakistan's posts following the raid on its convoy last month.\n"
                    "Talks\nKenya hosted Uganda following Tanzania's April 2 meeting with Rwanda.")
    assert ("IND", "attacks", "PAK", "2024-11-05") in found
    assert {(s, p, o, d) for s, p, o, d in found if p == "meets_with"} == {
        ("KEN", "meets_with", "UGA", "2024-11-05"), ("TZA", "meets_with", "RWA", "2024-04-02")}


def test_whoever_suffered_the_condemned_act_is_not_condemned():
    assert triples("Embassy\nChile condemned the abuse committed against the Peruvian consul in Santiago.") == set()
    assert triples("Embassy\nChile condemned Peru over the abuse of its consul.") == {("CHL", "condemns", "PER", "2024-11-05")}


def test_the_bloc_and_the_council_are_the_organisation_named_before():
    found = triples("ECOWAS summit ends\nThe leaders met in Abuja on Sunday.\n"
                    "The bloc imposed sanctions on Guinea.\nThe Commission condemned Mali.")
    assert {(s, p, o) for s, p, o, _ in found} == {("ECOWAS", "sanctions", "GIN")}
    found = triples("Council of the EU\nToday the Council adopted restrictive measures targeting Iran's drone makers.\n"
                    "The Council also imposed measures on Belarus to curb the latter's support for Russia.")
    assert {(s, p, o) for s, p, o, _ in found} == {("EU", "sanctions", "IRN"), ("EU", "sanctions", "BLR"), ("BLR", "supports", "RUS")}


@pytest.mark.parametrize("sentence, expected", [
    ("Egypt killed a senior ISIS commander in Sinai.", {("EGY", "attacks", "ISIS")}),
    ("Tens of thousands of civilians killed by Russian shelling were mourned.", set()),
    ("Scholz spoke by phone with Erdogan on Sunday.", {("olaf-scholz", "meets_with", "recep-tayyip-erdogan")}),
    ("Japan adopted a new sanctions package against North Korea.", {("JPN", "sanctions", "PRK")}),
    ("Australia sanctioned five Iranian officials.", {("AUS", "sanctions", "IRN")}),
    ("Chad accused Libya of arming the rebels' allies in the Sahel.", {("TCD", "accuses", "LBY")}),
    ("Iraq accused Iran of arming the Houthis.", {("IRQ", "accuses", "IRN"), ("IRN", "supplies_weapons_to", "HOUTHIS")}),
    ("Indian troops clashed with Chinese soldiers in Ladakh.", {("IND", "attacks", "CHN"), ("CHN", "attacks", "IND")}),
    ("Niger cut diplomatic ties with France.", {("NER", "condemns", "FRA")}),  # as severing or breaking off ties
    ("Beijing warned Japan against sending warships to Taiwan.", {("CHN", "threatens", "JPN")}),
    ("Turkey said it hit PKK targets across Iraq.", {("TUR", "attacks", "PKK")}),
    ("Zelensky arrived in Washington for talks with Biden.",
     {("volodymyr-zelensky", "visits", "USA"), ("volodymyr-zelensky", "meets_with", "joe-biden")}),
])
def test_verbs_of_the_news_found_by_a_battery_of_plain_sentences(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Lebanon was hit by a barrage of Israeli rockets overnight.", {("ISR", "attacks", "LBN")}),
    ("Kharkiv came under intense Russian artillery fire.", {("RUS", "attacks", "UKR")}),
    ("Sanctions were imposed on Syria by Canada.", {("CAN", "sanctions", "SYR")}),
    ("The accord was signed by Kenya and Ethiopia in Nairobi.", {("KEN", "signs_agreement_with", "ETH")}),
    ("Missiles were supplied to the Houthis by Iran.", {("IRN", "supplies_weapons_to", "HOUTHIS")}),
    ("Serbia, which has refused to sanction Russia, was criticised by Croatia.", {("HRV", "condemns", "SRB")}),
    ("Slovakia has blocked EU aid to Ukraine.", set()),
    ("According to Tokyo, China has sent warships to the Senkakus.", set()),
    ("Latvia's prime minister said Russia was behind the cable damage.", {("LVA", "accuses", "RUS")}),
    ("Syria, backed by Russia, continued its offensive on Idlib.", {("RUS", "supports", "SYR")}),
    ("Denmark is sending military trainers to Ukraine.", {("DNK", "sends_troops_to", "UKR")}),
    ("The Netherlands delivered Harpoon missiles to Ukraine.", {("NLD", "supplies_weapons_to", "UKR")}),
    ("Lithuania summoned Belarus's envoy over the balloons.", {("LTU", "condemns", "BLR")}),
    ("Turkey's president vowed to crush the PKK.", {("TUR", "threatens", "PKK")}),
    ("India warned Pakistan of a firm response.", {("IND", "threatens", "PAK")}),
    ("Qatar restored diplomatic ties with Jordan.", {("QAT", "cooperates_with", "JOR")}),
])
def test_passives_of_many_shapes_and_more_verbs_of_the_news(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Modi and Xi discussed the border in a phone call.", {("narendra-modi", "meets_with", "xi-jinping")}),
    ("Armenian and Azerbaijani soldiers exchanged fire overnight.", {("ARM", "attacks", "AZE"), ("AZE", "attacks", "ARM")}),
    ("Russian troops are advancing towards the city of Kharkiv.", {("RUS", "attacks", "UKR")}),
    ("Washington unveiled a weapons package for Israel.", {("USA", "supplies_weapons_to", "ISR")}),
])
def test_calls_exchanges_of_fire_advances_and_weapons_packages(sentence, expected):
    assert acts(sentence) == expected


def test_a_since_clause_dates_its_own_event():
    found = triples("Summit\nIt was Putin's first meeting with Xi since his troops invaded Ukraine in 2022.", date(2024, 5, 16))
    assert ("vladimir-putin", "meets_with", "xi-jinping", "2024-05-16") in found


@pytest.mark.parametrize("sentence, expected", [
    # weapons received from someone were supplied by them
    ("Officials said Belarus had received attack drones from Iran.", {("IRN", "supplies_weapons_to", "BLR")}),
    # disapproval, berating and insults are condemnation
    ("Norway and Denmark voiced their strong disapproval of the test carried out by Iran.",
     {("NOR", "condemns", "IRN"), ("DNK", "condemns", "IRN")}),
    ("Emmanuel Macron berated Viktor Orban over the veto.", {("emmanuel-macron", "condemns", "viktor-orban")}),
    ("Olaf Scholz called Vladimir Putin a “war criminal” on Sunday.", {("olaf-scholz", "condemns", "vladimir-putin")}),
    # the one welcomed at a place visits it
    ("Kenya's president welcomed Emmanuel Macron at the State House in Nairobi.", {("emmanuel-macron", "visits", "KEN"), ("KEN", "meets_with", "emmanuel-macron")}),
    # "the occupying X" is a description, not an occupation
    ("Estonia criticised the occupying Russian administration.", {("EST", "condemns", "RUS")}),
    # a claim that someone did something accuses them
    ("Ghana rejected Togo's claim that Ghanaian soldiers had crossed the border.", {("TGO", "accuses", "GHA")}),
    # joint training and shared intelligence are cooperation
    ("Senegalese marines began joint amphibious training with their Moroccan counterparts.", {("SEN", "cooperates_with", "MAR")}),
    ("Uruguay shares intelligence with Paraguay on smuggling.", {("URY", "cooperates_with", "PRY")}),
    # "its support of X" backs X; "in support of X" goes with another act; "the support of X" is X's
    ("Algeria reaffirmed its full support of Mauritania.", {("DZA", "supports", "MRT")}),
    ("Zambia sent engineers in support of Malawi.", set()),
    ("Zambia rebuilt the bridge with the support of Malawi.", set()),
    # an operation by X against targets of Y attacks Y; plural aggressions
    ("He praised the drone operation by Sudan against a series of military targets of Chad.", {("SDN", "attacks", "TCD")}),
    ("Rwanda's repeated aggressions against Burundi were raised.", {("RWA", "attacks", "BDI")}),
])
def test_more_news_phrasings_for_supply_condemnation_visits_claims_and_cooperation(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("During a visit to Chile, Lula said trade would grow.", {("lula-da-silva", "visits", "CHL")}),
    ("After meeting Xi Jinping in Kazan, Narendra Modi praised the talks.",
     {("narendra-modi", "meets_with", "xi-jinping"), ("narendra-modi", "visits", "RUS"), ("xi-jinping", "visits", "RUS")}),
    # a fronted list is not its own subject
    ("During talks with Peru, Bolivia and Chile, the envoy spoke.", set()),
])
def test_a_fronted_phrase_takes_the_subject_of_the_clause_after_it(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the reported clause has a subject of its own that is no actor: the speaker did not travel
    ("William Ruto said that after a long flight, the first group of 150 medics arrived in Haiti.", set()),
    ("Ghana's minister disclosed that the observers were welcomed before they toured Togo.", set()),
    # the speaker's own forces still roll up to the speaker
    ("Ghana's minister said that the army had shelled Togo.", {("GHA", "attacks", "TGO")}),
])
def test_a_reported_clause_with_its_own_subject_is_not_the_speakers_act(sentence, expected):
    assert acts(sentence) == expected


def test_both_sides_exchanging_fire_attack_each_other():
    found = triples("Border\nEritrean and Ethiopian troops massed near the frontier.\n"
                    "By Friday both sides were exchanging mortar fire across the river.")
    assert {("ERI", "attacks", "ETH", "2024-11-01"), ("ETH", "attacks", "ERI", "2024-11-01")} <= found


@pytest.mark.parametrize("sentence, expected", [
    ("Rwandan and Burundian units remain locked in heavy fighting.", {("RWA", "attacks", "BDI"), ("BDI", "attacks", "RWA")}),
    # a list closed by "and other countries" is a list
    ("Sudan's raids on Chad, Libya, and other neighbours were condemned.", {("SDN", "attacks", "TCD"), ("SDN", "attacks", "LBY")}),
    # "the plight of X and Y's strikes on Z": only Y strikes
    ("He spoke of the suffering of Ukrainians and Russia's strikes on Moldova.", {("RUS", "attacks", "MDA")}),
])
def test_fighting_in_pairs_lists_with_others_and_a_possessor_after_of(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name at the end of a run of institution words is a person
    ("The Minister of Foreign Affairs Amara Kone condemned Mali.", {("amara-kone", "condemns", "MLI")}),
    # but a run that only opens with "The" names a thing
    ("The Coastal Access Agreement angered Peru.", set()),
    # an opening phrase holds no subject; "the group" is the organisation named before it
    ("In reply to the G20 communique, Ecuador criticised the group's silence.", {("ECU", "condemns", "G20")}),
    # praise of an actor backs it
    ("Gabon commended Cameroon for its restraint.", {("GAB", "supports", "CMR")}),
])
def test_names_after_institutions_opening_phrases_and_praise(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name followed by its acronym in brackets is one actor in the pattern
    ("Chad repelled an assault by the Rapid Support Forces (RSF) on Mali.", {("RSF", "attacks", "MLI"), ("TCD", "attacks", "RSF")}),
    ("Fighting between the Rapid Support Forces (RSF) and Chad resumed.", {("RSF", "attacks", "TCD"), ("TCD", "attacks", "RSF")}),
])
def test_an_acronym_in_brackets_after_a_name(sentence, expected):
    assert acts(sentence) == expected


def test_a_while_phrase_keeps_the_main_subject_and_a_leader_of_a_state_leads_it():
    found = triples("Visit\nThe President of Malawi, Chimwemwe Banda, while greeting the Zambian delegation "
                    "voiced his support for the Regional Stabilisation Mission.")
    assert found == {("chimwemwe-banda", "supports", "regional-stabilisation-mission", "2024-11-05"),
                     ("chimwemwe-banda", "leads", "MWI", None)}


def test_a_portion_of_territory_taken_in_a_war_named_by_its_year():
    found = triples("History\nJordan seized a portion of the West Bank in the 1948 war.", date(2024, 12, 9))
    assert found == {("JOR", "occupies", "west-bank", "1948")}


@pytest.mark.parametrize("sentence, expected", [
    # "its" before a noun trigger is the state or organisation named just before it
    ("Kenya criticised Uganda for its incursion into South Sudan.", {("KEN", "condemns", "UGA"), ("UGA", "attacks", "SSD")}),
    ("Tunisia said the unrest grew from Libya, through its backing of Chad.", {("LBY", "supports", "TCD")}),
    # a people is the victim of what is condemned, not its target
    ("Oman denounced the sanctions used to punish the Yemeni people.", set()),
])
def test_its_names_the_last_actor_and_a_people_is_no_target_of_condemnation(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Armenia and Azerbaijan traded heavy machine-gun fire overnight.", {("ARM", "attacks", "AZE"), ("AZE", "attacks", "ARM")}),
    ("Qatar and Bahrain agreed to restore diplomatic relations.", {("QAT", "cooperates_with", "BHR")}),
    ("Sudan threatened to seize part of Chad.", {("SDN", "threatens", "TCD")}),
    ("Seoul approved a $300 million arms sale to Poland.", {("KOR", "supplies_weapons_to", "POL")}),
    # an arms sale someone condemns is not the condemner's, but the seller's
    ("Iran condemned British arms sales to Israel.", {("IRN", "condemns", "GBR"), ("GBR", "supplies_weapons_to", "ISR")}),
    # "X in an airstrike in Y": X is the one struck, not the striker
    ("Israel killed Hezbollah commander Fuad Shukr in an airstrike in Beirut.", {("ISR", "attacks", "fuad-shukr")}),
])
def test_fire_exchanged_ties_restored_annexation_threats_and_arms_sales(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name whose part after a hyphen is lower-case
    ("Park Ji-won won the party vote, defeating Choi Sang-mok.", {("park-ji-won", "defeats", "choi-sang-mok")}),
    # a host receiving a visitor meets them; receiving goods or money does not
    ("Wang Yi received the Nepali foreign minister in Beijing.", {("wang-yi", "meets_with", "NPL"), ("NPL", "visits", "CHN")}),
    ("Nepal received Indian funding for the dam.", set()),
])
def test_hyphenated_names_and_hosts_receiving_visitors(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the sponsor of a group is not the one who attacks
    ("Iranian-backed militias attacked US bases.", set()),
    ("Peru and Chile agreed to boost naval cooperation.", {("PER", "cooperates_with", "CHL")}),
    # weapons bought from, or used by, someone were supplied to them
    ("Myanmar is buying fighter jets from Russia.", {("RUS", "supplies_weapons_to", "MMR")}),
    ("Sudan has been using Turkish drones in Darfur.", {("TUR", "supplies_weapons_to", "SDN")}),
    ("Ukraine used British-made missiles.", {("GBR", "supplies_weapons_to", "UKR")}),
])
def test_sponsors_boosted_cooperation_and_weapons_bought_or_used(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Estonia's minister said Belarus was waging a hybrid war against Latvia.", {("BLR", "attacks", "LVA")}),
    ("Spain is sending armoured vehicles to Morocco.", {("ESP", "supplies_weapons_to", "MAR")}),
    # a complaint filed with a body against X is against X
    ("Jordan filed a complaint with the UN Security Council against Syria.", {("JOR", "condemns", "SYR")}),
    ("Cyprus lodged a protest with Turkey over the drills.", {("CYP", "condemns", "TUR")}),
])
def test_waging_war_sending_vehicles_and_complaints_against(sentence, expected):
    assert acts(sentence) == expected


def test_a_dateline_city_is_not_the_subject():
    assert triples("Depot\nMOSCOW — Ukrainian drones struck a fuel depot in Russia on Monday.") == {("UKR", "attacks", "RUS", "2024-11-04")}


@pytest.mark.parametrize("sentence", [
    "Belarus rejected accusations that it had supplied drones to Russia.",
    "Uganda dismissed the allegations that it armed the M23.",
])
def test_a_rejected_accusation_is_not_a_fact(sentence):
    assert acts(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    # people of a place are not the place: no one is the subject here
    ("Gunmen in Mali killed 12 villagers near the border with Niger.", set()),
    # "officials in X" still speak for X
    ("Officials in Kyiv accused Minsk of helping Moscow.", {("UKR", "accuses", "BLR")}),
    ("The Iran-backed Huthi rebels fired drones at Israel.", {("IRN", "supports", "HOUTHIS"), ("HOUTHIS", "attacks", "ISR")}),
])
def test_people_in_a_place_do_not_act_for_it(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # sanctions someone opposes or condemns are not theirs
    ("Belarus is firmly opposed to Western sanctions against Iran.", set()),
    ("Cuba condemned US sanctions against Venezuela.", {("CUB", "condemns", "USA")}),
    # the victim of a condemned act is not the one condemned
    ("Chile condemned the attack on Peru.", set()),
    ("Chile condemned Bolivia's attack on Peru.", {("CHL", "condemns", "BOL"), ("BOL", "attacks", "PER")}),
])
def test_what_is_opposed_or_condemned_belongs_to_another(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a possessive determiner before a named counterpart
    ("Ruto accused his Ugandan counterpart Yoweri Museveni of meddling.", {("william-ruto", "accuses", "yoweri-museveni")}),
    # what was downed was heading for the place, not sent by it
    ("Serbia said it had shot down a drone that was flying toward Kosovo.", set()),
])
def test_possessive_counterparts_and_what_a_downed_drone_was_heading_for(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The IMF approved a $3 billion bailout for Egypt.", {("IMF", "provides_aid_to", "EGY")}),
    ("Bukele claimed a landslide victory over Manuel Flores.", {("nayib-bukele", "defeats", "manuel-flores")}),
])
def test_bailouts_and_victories_over_a_rival(sentence, expected):
    assert acts(sentence) == expected


def test_the_north_and_the_south_in_news_of_the_two_koreas():
    found = triples("Launch\nSouth Korea said North Korea fired a missile on Friday.\n"
                    "Japan condemned the North's launch, and the South blamed the North for the tension.", date(2024, 11, 2))
    assert found == {("JPN", "condemns", "PRK", "2024-11-02"), ("KOR", "accuses", "PRK", "2024-11-02")}
    assert triples("Sudan\nChad blamed the North for the unrest.") == set()  # no Korea named: no Korea meant


@pytest.mark.parametrize("sentence, expected", [
    # what a state owns, battered in a passive, is the state attacked
    ("Moldova's power grid was battered by Russian drones.", {("RUS", "attacks", "MDA")}),
    # a missile that slams into a place attacks it; slamming into is no criticism
    ("A Syrian rocket slammed into a school in Jordan.", {("SYR", "attacks", "JOR")}),
    # fighting between a state's army and a group
    ("Fighting between Mali's army and JNIM intensified.", {("MLI", "attacks", "JNIM"), ("JNIM", "attacks", "MLI")}),
])
def test_owned_targets_in_passives_missiles_slamming_into_and_a_states_army(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Austria called the Belarusian crackdown a crime.", {("AUT", "condemns", "BLR")}),
    ("Hanoi described Beijing's move as a provocation.", {("VNM", "condemns", "CHN")}),
    ("Macron called Modi a great friend.", set()),
    ("Ghana voiced alarm over the fighting in Togo.", {("GHA", "concerned_about", "TGO")}),
    ("Spain reaffirmed its commitment to Morocco.", {("ESP", "supports", "MAR")}),
])
def test_labels_alarm_and_commitment(sentence, expected):
    assert acts(sentence) == expected


def test_an_act_named_again_by_a_definite_or_possessed_noun_is_the_same_act():
    found = triples("Key events\nSudan launched a New Year's Eve attack on Chad.\n"
                    "The Sudanese attack wounded nine people in Chad.\n"
                    "Kenya condemned Sudan's strikes on Chad.", date(2025, 1, 1))
    assert found == {("SDN", "attacks", "TCD", "2024-12-31"), ("KEN", "condemns", "SDN", "2025-01-01")}


def test_a_definite_noun_with_a_date_of_its_own_is_another_act():
    found = triples("Key events\nSudan attacked Chad on Monday.\nThe Sudanese attack on Thursday killed five in Chad.", date(2024, 11, 8))
    assert found == {("SDN", "attacks", "TCD", "2024-11-04"), ("SDN", "attacks", "TCD", "2024-11-07")}


@pytest.mark.parametrize("sentence, expected", [
    # a noun with no agent does not hide the verb after it
    ("Turkey launched a strike targeting PKK commanders in Iraq on Sunday.", {("TUR", "attacks", "PKK")}),
    # a first person outside a quote is the writer, not the actor named before
    ("At the summit in Brussels hosted by the EU I met Chinese Foreign Minister Wang Yi.", set()),
    # what talks may lead to, or what one hopes for, has not happened
    ("Peru hopes the first talks lead to a meeting with Chile.", set()),
    ("Peru said the first round of talks paves the way for a meeting with Chile.", set()),
    # "X, annexed by Y": a reduced relative passive
    ("The dispute is over Crimea, annexed by Russia years ago.", {("RUS", "occupies", "crimea")}),
    # "X-based Y": a place where the group is, not an actor
    ("Thousands fled the fighting between Israel and Syria-based Hamas.", {("ISR", "attacks", "HAMAS"), ("HAMAS", "attacks", "ISR")}),
    # an armed group is struck through its leader named with the title
    ("Israel struck a house targeting Hezbollah leader Hassan Nasrallah.", {("ISR", "attacks", "HEZBOLLAH")}),
])
def test_general_features_of_news_writing(sentence, expected):
    assert acts(sentence) == expected


def test_a_joint_press_conference_is_a_meeting_of_each_with_each_and_a_counterpart_holds_the_same_office():
    found = triples("Report\nThe text was released after a joint press conference by French President Emmanuel Macron, "
                    "his Kenyan counterpart William Ruto and German Chancellor Olaf Scholz.")
    assert found == {("emmanuel-macron", "meets_with", "william-ruto", "2024-11-05"),
                     ("emmanuel-macron", "meets_with", "olaf-scholz", "2024-11-05"),
                     ("william-ruto", "meets_with", "olaf-scholz", "2024-11-05"),
                     ("emmanuel-macron", "leads", "FRA", None), ("william-ruto", "leads", "KEN", None),
                     ("olaf-scholz", "leads", "DEU", None)}


def test_condemning_the_attack_names_the_last_attacker():
    found = triples("Report\nIran fired missiles at Israel on Monday.\nLater that day Germany condemned the attack, urging restraint.")
    assert found == {("IRN", "attacks", "ISR", "2024-11-04"), ("DEU", "condemns", "IRN", "2024-11-05")}


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause dates its own event, not the main verb's
    ("Report\nChina accused Japan of provocations over the islands, which Tokyo bought in 2012.", {("CHN", "accuses", "JPN", "2024-11-05")}),
    # a date after the news cannot date a done act: "by March 2025" is a deadline
    ("Report\nSerbia signed a deal with Kosovo, setting talks to finish by March 2025.", {("SRB", "signs_agreement_with", "XKX", "2024-11-05")}),
])
def test_dates_of_other_clauses_and_of_the_future_do_not_date_a_done_act(sentence, expected):
    assert triples(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "as he hosted": a clause's "he" is the person named before it, and "as he hosted" is no title
    ("Macron said France would help Ukraine as he hosted Chancellor Olaf Scholz in Paris.",
     {("emmanuel-macron", "meets_with", "olaf-scholz"), ("olaf-scholz", "visits", "FRA")}),
    # mutual accusations: each accuses the other
    ("After the truce, both Armenia and Azerbaijan were trading accusations of breaches.", {("ARM", "accuses", "AZE"), ("AZE", "accuses", "ARM")}),
    ("India and Pakistan blamed each other for the clash.", {("IND", "accuses", "PAK"), ("PAK", "accuses", "IND")}),
    # a denial with its own object does not negate the verb joined to it
    ("Kabul rejected the report and accused Pakistan of shelling border posts.", {("AFG", "accuses", "PAK")}),
    ("Kabul did not attack and kill Pakistani soldiers.", set()),
    # standing united with someone is backing them
    ("Spain stands firmly with Morocco and Tunisia.", {("ESP", "supports", "MAR"), ("ESP", "supports", "TUN")}),
    # two parties who reached a deal signed it
    ("Peru and Chile have reached a new border agreement.", {("PER", "signs_agreement_with", "CHL")}),
])
def test_clause_pronouns_mutual_accusations_denials_and_deals(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an arrest warrant accuses each person it names, titles in the list included
    ("The ICC issued arrest warrants in March for Vladimir Putin, former Defence Minister Sergei Shoigu, and Hamas leader Yahya Sinwar.",
     {("ICC", "accuses", "vladimir-putin"), ("ICC", "accuses", "sergei-shoigu"), ("ICC", "accuses", "yahya-sinwar")}),
    ("Prosecutors at the ICC are seeking an arrest warrant against Vladimir Putin.", {("ICC", "accuses", "vladimir-putin")}),
    # "claiming that X violated …" accuses X; a claim of something harmless does not
    ("Iran asked for a Security Council session, claiming that Israel violated its airspace.", {("IRN", "accuses", "ISR")}),
    ("Serbia claimed that Kosovo had agreed to the accord.", set()),
])
def test_arrest_warrants_and_titled_lists(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a signing "between A and B" is signed by both, also in the passive and under a formal state name
    ("On May 3, Qatar hosted the signing of the peace accord between the Republic of Armenia and Azerbaijan.",
     {("ARM", "signs_agreement_with", "AZE")}),
    ("The border treaty between Peru and Chile was formally signed in Lima.", {("PER", "signs_agreement_with", "CHL")}),
    ("The border treaty between Peru and Chile could be signed in Lima.", set()),
    # "A and B joined C in signing": each signs with C, and with each other
    ("Kenya and Ghana joined Nigeria in signing the trade charter.",
     {("KEN", "signs_agreement_with", "NGA"), ("GHA", "signs_agreement_with", "NGA"), ("KEN", "signs_agreement_with", "GHA")}),
    ("Kenya will join Nigeria in signing the trade charter.", set()),
    # a date between the parties and the verb, a title in single quotes
    ("Peru and Chile on Monday signed the ‘Pacific Border Treaty’ in Lima.", {("PER", "signs_agreement_with", "CHL")}),
])
def test_signing_between_two_parties(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "the <leader> administration/government" acts for the leader's state
    ("The Biden administration imposed sanctions on Iran.", {("USA", "sanctions", "IRN")}),
    ("The Netanyahu government struck Iran overnight.", {("ISR", "attacks", "IRN")}),
    ("Biden imposed sanctions on Iran.", {("joe-biden", "sanctions", "IRN")}),
])
def test_a_leaders_administration_is_the_state(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # election outcomes told from either side
    ("Maia Sandu won the run-off against Alexandr Stoianoglo on Sunday.", {("maia-sandu", "defeats", "alexandr-stoianoglo")}),
    ("Incumbent President Igor Dodon lost to Maia Sandu.", {("maia-sandu", "defeats", "igor-dodon")}),
    ("Igor Dodon would lose to Maia Sandu.", set()),
])
def test_election_outcomes_from_either_side(sentence, expected):
    assert acts(sentence) == expected


def test_an_election_report_gives_the_winner_a_victory_over_each_candidate_it_says_lost():
    # the winner, told once; the losers, told by a concession, a vote share, a second place
    text = ("Vote count\n"
            "Former senator Teodora Vuksan has won the presidential election held on Saturday, officials said on Monday.\n"
            "Her rival Milan Brask conceded defeat in a speech to supporters.\n"
            "Incumbent President Oskar Lindqvar trailed with 21 percent.\n"
            "In third place was a newcomer, Rada Mirov, who received 9% of the vote.\n")
    found = triples(text, date(2024, 11, 5))
    for loser in ("milan-brask", "oskar-lindqvar", "rada-mirov"):
        assert ("teodora-vuksan", "defeats", loser, "2024-11-02") in found  # Saturday, the day of the vote
    assert not any(s == o for s, _, o, _ in found)


def test_an_undated_defeat_in_an_election_report_is_dated_on_the_vote():
    text = ("Run-off\nIn Sunday's runoff, Lena Horvath won the presidency.\n"
            "The centrist candidate secured 53% of the vote, defeating Petar Kos.\n")
    assert ("lena-horvath", "defeats", "petar-kos", "2024-11-03") in triples(text, date(2024, 11, 5))


def test_only_a_candidate_said_to_lose_is_defeated():
    # the winner's aide concedes a point, not the race; a pollster's figure is no vote share of a candidate
    text = ("Run-off\nLena Horvath won the run-off on Sunday.\n"
            "Her aide Ivo Brandt conceded that turnout was low, and pollster Mara Tesic said 31% had stayed home.\n"
            "Petar Kos conceded defeat on Monday.\n")
    found = {(s, p, o) for s, p, o, _ in triples(text)}
    assert {o for s, p, o in found if p == "defeats"} == {"petar-kos"}


def test_a_candidate_of_a_party_that_wins_represents_it_and_its_backers_support_him():
    text = ("Vote\nTomas Ekwueme, candidate of the opposition Unity Reform Alliance, won the presidential election.\n"
            "Ekwueme was backed by the influential Farmers and Workers party.\n")
    found = {(s, p, o) for s, p, o, _ in triples(text)}
    assert ("tomas-ekwueme", "represents", "unity-reform-alliance") in found
    assert ("farmers-and-workers", "supports", "tomas-ekwueme") in found


def test_a_candidate_represents_a_party_but_no_state():
    text = ("Vote\nPolish presidential candidate Jan Wrobel won the election on Sunday.\n"
            "His opponent, Ewa Lis, conceded defeat.\n")
    found = triples(text)
    assert ("jan-wrobel", "defeats", "ewa-lis", "2024-11-03") in found
    assert not any(p == "represents" for _, p, _, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Britain struck rebel depots on Sunday to protect American ships in the strait.", set()),
    ("Turkish jets bombed militant positions on Sunday to secure Iraqi oil fields.", set()),
    ("Germany condemned the raids on Sunday to defend Polish farmers.", set()),
    ("Britain struck Iran on Sunday to protect its ships.", {("GBR", "attacks", "IRN", "2024-11-03")}),
])
def test_whom_a_hostile_act_protects_is_not_its_target(sentence, expected):
    assert triples("Strikes at sea\n" + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list closed by "and our/its allies" is still a list of the states named
    ("Canada stands with Latvia, Lithuania, Estonia and its NATO allies.",
     {("CAN", "supports", "LVA"), ("CAN", "supports", "LTU"), ("CAN", "supports", "EST")}),
    ("Japan backs Vietnam and Thailand as well as all its regional partners.", {("JPN", "supports", "VNM"), ("JPN", "supports", "THA")}),
    # a comma alone, then "and its allies", lists nothing
    ("According to Tokyo, China and its partners attacked the Philippines.", {("CHN", "attacks", "PHL")}),
])
def test_a_list_closed_by_allies(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "X, with the support of A and B, did …": A and B back X
    ("Kenya, with the support of Ghana and the Republic of Senegal, tabled a draft resolution.",
     {("GHA", "supports", "KEN"), ("SEN", "supports", "KEN")}),
    ("Brazil, with the full backing of Mexico, called for a vote.", {("MEX", "supports", "BRA")}),
    ("Norway, with the help of Iceland, ran the talks.", {("ISL", "supports", "NOR")}),
    ("Kenya, without the support of Ghana, tabled a draft resolution.", set()),
])
def test_with_the_support_of(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "A and (his counterpart) B held a (long) phone conversation / had talks": they met
    ("President Emmanuel Macron and his German counterpart Olaf Scholz held a 90-minute phone conversation on Monday.",
     {("emmanuel-macron", "meets_with", "olaf-scholz")}),
    ("Chile and Peru had their first formal talks in Lima.", {("CHL", "meets_with", "PER"), ("CHL", "visits", "PER")}),
    ("Chile and Peru held a joint military parade in Lima.", set()),
    # co-chairing, co-hosting a meeting with X
    ("Kenyan President William Ruto, co-chairing the Nairobi summit with Yoweri Museveni, urged calm.",
     {("william-ruto", "meets_with", "yoweri-museveni")}),
])
def test_two_parties_talking(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "A and B agreed (Friday) to/on …": their agreement is a fact, what they agreed to do is not
    ("Armenia and Azerbaijan agreed Friday to swap 200 detainees each.", {("ARM", "signs_agreement_with", "AZE")}),
    ("Sudan and Chad have agreed on a border ceasefire.", {("SDN", "signs_agreement_with", "TCD")}),
    ("Armenia and Azerbaijan agreed to meet again next month.", set()),
    ("Armenia and Azerbaijan agreed on Friday that little had changed.", set()),
    ("Sudan and Chad have not agreed on a border ceasefire.", set()),
    ("Sudan and Chad could have agreed on a border ceasefire.", set()),
])
def test_two_parties_agreeing(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # naming someone a threat, an aggressor …: condemnation
    ("Lithuania's foreign minister described Belarus as a direct threat to the region.", {("LTU", "condemns", "BLR")}),
    ("Estonia regards Russia as the main danger to its security.", {("EST", "condemns", "RUS")}),
    ("Kyiv branded Moscow a terrorist state.", {("UKR", "condemns", "RUS")}),
    ("The ministry termed Israel an occupying power in its note.", set()),
    ("Vietnam sees Japan as a partner and a friend.", set()),
    ("Vietnam sees Japan as a shield against danger.", set()),
    ("Vietnam described Japan as a close partner.", set()),
])
def test_characterising_an_actor(sentence, expected):
    assert acts(sentence) == expected


def test_characterising_a_court_named_before():
    text = ("Tribunal\nWashington sanctioned two judges of the International Criminal Court. "
            "Rubio characterized the court as “a grave threat” to American troops.")
    assert ("marco-rubio", "condemns", "ICC", "2024-11-05") in triples(text)


@pytest.mark.parametrize("text, triple, found", [
    # "labels it a violation": the act told just before, by its doer
    ("Pakistan carried out airstrikes on Afghanistan on Thursday. Kabul labelled it a flagrant violation of its sovereignty.",
     ("AFG", "condemns", "PAK"), True),
    ("Russia struck Kharkiv on Sunday. Poland called the strikes a war crime.", ("POL", "condemns", "RUS"), True),
    # "it" that is no act told before
    ("Israel approved new settlements on Monday. The EU called it a violation of international law.", ("EU", "condemns", "ISR"), False),
    # the one struck vows retaliation against the striker; a vow of someone not struck is no threat to the striker
    ("Pakistan carried out airstrikes on Afghanistan on Thursday. Kabul vowed a befitting reply.", ("AFG", "threatens", "PAK"), True),
    ("Russia struck Kharkiv on Sunday. Poland vowed a strong response.", ("POL", "threatens", "RUS"), False),
])
def test_an_act_labelled_or_answered_in_the_next_sentence(text, triple, found):
    assert (triple in {(s, p, o) for s, p, o, _ in triples("Border\n" + text)}) == found


@pytest.mark.parametrize("sentence, expected", [
    # welcoming what another did backs it
    ("The Polish foreign ministry welcomed the Canadian sanctions announcement.", {("POL", "supports", "CAN")}),
    ("Kyiv welcomed Seoul's decision to send artillery shells.", {("UKR", "supports", "KOR")}),
    ("Estonia welcomed the move by Finland.", {("EST", "supports", "FIN")}),
    ("Estonia welcomed the move by Finland's neighbours.", set()),
    ("Estonia welcomed the Finnish delegation.", set()),
])
def test_welcoming_a_decision(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "X's claims that Y shelters …": X accuses Y of a wrong going on
    ("The row turns on Kabul's claims that Islamabad harbours armed groups.", {("AFG", "accuses", "PAK")}),
    ("Manila's assertions that China is provoking clashes grew louder.", {("PHL", "accuses", "CHN")}),
    ("Delhi's claims that Pakistan supports the peace process were welcomed.", set()),
    ("Moscow's claims that Ukraine is winning are rare.", set()),
])
def test_claims_that_another_does_wrong(sentence, expected):
    assert acts(sentence) == expected


def test_the_sanctions_referred_back_act_on_the_listed():
    text = ("Sanctions\nThe EU imposed sanctions on Iran on Monday. "
            "The sanctions target Reza Karimi of Iran, Omar Haddad of Syria, and Ali Nasser of Lebanon.")
    found = triples(text)
    assert {("EU", "sanctions", who, "2024-11-04") for who in ("reza-karimi", "omar-haddad", "ali-nasser")} <= found


def test_the_strikes_referred_back_are_the_last_attackers():
    text = "Strikes\nRussia struck Kyiv on Sunday. Later the EU imposed sanctions on Iran. The strikes also hit Moldova."
    assert ("RUS", "attacks", "MDA", "2024-11-03") in triples(text)
    # with no doer told before in the entry, nobody
    assert triples("Strikes\nThe strikes also hit Moldova. The sanctions target Iran.") == set()


@pytest.mark.parametrize("text, expected", [
    # congratulating backs; a name told before by its surname alone
    ("Official figures show Nicolae Dinu received 54% of the votes. Hungarian Prime Minister Viktor Orban congratulated Dinu on his victory.",
     ("viktor-orban", "supports", "nicolae-dinu")),
    ("Putin sent congratulations to Trump on Wednesday.", ("vladimir-putin", "supports", "donald-trump")),
])
def test_congratulations(text, expected):
    assert expected in {(s, p, o) for s, p, o, _ in triples("Vote\n" + text)}


@pytest.mark.parametrize("sentence, expected", [
    # co-signers joining a signing sign with each other too
    ("Mediators Oman, Jordan and Kuwait joined Egypt in signing the accord.",
     {("OMN", "signs_agreement_with", "EGY"), ("JOR", "signs_agreement_with", "EGY"), ("KWT", "signs_agreement_with", "EGY"),
      ("OMN", "signs_agreement_with", "JOR"), ("OMN", "signs_agreement_with", "KWT"), ("JOR", "signs_agreement_with", "KWT")}),
    ("Oman and Jordan have not joined Egypt in signing the accord.", set()),
    # the host's guest came to the host's country, not parties to talks the host held
    ("Trump said so as he hosted Kenyan President William Ruto at the White House.",
     {("william-ruto", "visits", "USA"), ("donald-trump", "meets_with", "william-ruto")}),
    ("The Kremlin hosted Cuban officials in Moscow.", {("RUS", "meets_with", "CUB"), ("CUB", "visits", "RUS")}),
    ("Oman hosted talks between Iran and the US in Muscat.",
     {("OMN", "meets_with", "IRN"), ("OMN", "meets_with", "USA"), ("IRN", "meets_with", "USA"), ("IRN", "visits", "OMN"), ("USA", "visits", "OMN")}),
])
def test_cosigners_and_guests(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what is "X-held" or "X-run" is X's: striking it strikes X, sending to it is not sending to X
    ("The US bombed Yemen's Houthi-held districts on Saturday.", {("USA", "attacks", "HOUTHIS")}),
    ("Israeli jets struck Hamas-run depots.", {("ISR", "attacks", "HAMAS")}),
    ("Russia sent troops to Russian-held districts.", set()),
])
def test_striking_what_another_holds(sentence, expected):
    assert acts(sentence) == expected


def test_an_answer_to_an_act_is_dated_on_the_act():
    text = ("Border\nPakistan carried out airstrikes on Afghanistan on Thursday. "
            "Kabul labelled it a flagrant violation of its sovereignty, vowing retaliation.")
    found = triples(text)
    assert {("AFG", "condemns", "PAK", "2024-10-31"), ("AFG", "threatens", "PAK", "2024-10-31")} <= found


@pytest.mark.parametrize("sentence, expected", [
    # a hostile aim or a labelled act reported by someone is that someone's accusation
    ("Sandu said Russia was trying to derail the vote with bribes.", {("maia-sandu", "accuses", "RUS")}),
    ("Sandu said Russia was trying to end the war.", set()),
    ("Moscow says Ukraine carried out a “terrorist attack” on a bridge.", {("RUS", "accuses", "UKR")}),
    ("Moscow says Ukraine carried out a prisoner swap.", set()),
    # what is called another's propaganda, also after dismissing claims
    ("Hanoi dismissed the report, calling it “yet another piece of Chinese propaganda”.", {("VNM", "accuses", "CHN")}),
    # a warning to stop is a threat
    ("Macron warned Russia to stop its drone flights over Poland.", {("emmanuel-macron", "threatens", "RUS")}),
    ("Macron warned Russia would keep up its drone flights.", set()),
])
def test_reported_accusations_and_warnings(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a rejected claim says did not happen, and rejecting an accusation is not making it
    ("Kyiv rejected the claims that Russia attacked Moldova.", set()),
    ("Beijing dismissed the accusations that Manila sabotaged the talks.", set()),
    ("Kyiv repeated the claims that Russia attacked Moldova.", {("UKR", "accuses", "RUS"), ("RUS", "attacks", "MDA")}),
])
def test_rejected_claims_are_not_facts(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # destroying another's things attacks it, also in the passive; not "destroyed in X"
    ("Azerbaijan retaliated, destroying Armenian outposts.", {("AZE", "attacks", "ARM")}),
    ("Armenia's depots were destroyed by Azerbaijani drones on Monday.", {("AZE", "attacks", "ARM")}),
    ("Armenian tanks destroyed in Karabakh were shown on television.", set()),
])
def test_destroying_is_attacking(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two signed/struck a deal": the pair named before, or named in the sentence ("between A and B")
    ("Erdogan and Aliyev met in Baku on Monday. The two signed a “Strategic Energy Charter” there.",
     {("recep-tayyip-erdogan", "signs_agreement_with", "ilham-aliyev")}),
    ("A truce between Sudan and the Rapid Support Forces took hold after the two struck a Saudi-brokered deal.",
     {("SDN", "signs_agreement_with", "RSF")}),
    ("Erdogan and Aliyev met in Baku on Monday. The two could sign a charter soon.", set()),
    ("Erdogan and Aliyev met in Baku on Monday. All three signed a charter.", set()),
])
def test_the_two_signed(text, expected):
    found = {(s, p, o) for s, p, o, _ in triples("Summit\n" + text)}
    assert {t for t in found if t[1] == "signs_agreement_with"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a wrong said to be going on is the speaker's accusation, the speaker named just before "says"
    ("Residents fled the city, where the UN refugee chief says Sudan is “starving a whole region”.", {("UN", "accuses", "SDN")}),
    ("Vilnius says Minsk is smuggling migrants over the border.", {("LTU", "accuses", "BLR")}),
    ("Vilnius says Minsk is preparing a new border regime.", set()),
])
def test_a_wrong_said_to_go_on(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a sum pledged or given to another is aid; a payment is not
    ("Norway pledged $300 million to Moldova on Monday.", {("NOR", "provides_aid_to", "MDA")}),
    ("Canada gave an additional €50 million in winter relief for Ukraine's people.", {("CAN", "provides_aid_to", "UKR")}),
    ("Russia paid $2 billion to Iran for drones.", set()),
    ("Norway gave $300 million to Moldova's neighbours.", set()),
    # frozen assets are a sanction
    ("Canada froze Belarusian assets worth $20 million.", {("CAN", "sanctions", "BLR")}),
    ("Japan froze the assets of Russia's central bank.", {("JPN", "sanctions", "RUS")}),
])
def test_sums_given_and_assets_frozen(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a vow to retaliate for an attack the sentence names threatens the attack's doer
    ("Indian officials said Pakistan's drone attack “will be answered,” and India vowed to retaliate.", {("IND", "threatens", "PAK")}),
    ("Pakistan's drone attack failed, and Pakistan vowed retaliation.", set()),
])
def test_a_vow_to_retaliate_for_a_named_attack(sentence, expected):
    assert {t for t in acts(sentence) if t[1] == "threatens"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # recognising a state or its government backs it; designating it an enemy does not
    ("Ireland recognised the Palestinian state on Tuesday.", {("IRL", "supports", "PSE")}),
    ("Kenya formally recognized Kosovo.", {("KEN", "supports", "XKX")}),
    ("Paraguay recognised Hamas as a terrorist organisation.", set()),
    ("Serbia recognized that Kosovo had held a vote.", set()),
])
def test_recognising_a_state(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # joining someone to press their case backs them; joining a bloc or a war does not
    ("Leaders from Sweden, Norway and Denmark joined the Estonian prime minister to press for tougher sanctions.",
     {("SWE", "supports", "EST"), ("NOR", "supports", "EST"), ("DNK", "supports", "EST")}),
    ("Chile joined Peru in calling for a ceasefire.", {("CHL", "supports", "PER")}),
    ("Sweden joined NATO in 2024.", set()),
    ("Belarus joined Russia in the war.", set()),
])
def test_joining_someone_to_press_their_case(sentence, expected):
    assert acts(sentence) == expected


# --- persons: opposition roles, pronouns ahead of the name, visits to a person ------------


def test_an_opposition_leader_neither_leads_nor_represents_the_state():
    found = triples("Opposition\nThe court jailed Belarusian opposition leader Sergei Kovalenko, and the EU condemned Belarus.")
    assert not {t for t in found if t[0] == "sergei-kovalenko" and t[1] in ("leads", "represents")}
    assert ("EU", "condemns", "BLR", "2024-11-05") in found


def test_a_pronoun_in_an_opening_phrase_is_the_person_named_after_its_comma():
    text = ("Diplomacy\nFrench President Emmanuel Macron spoke by phone with Olaf Scholz on Sunday.\n"
            "After his stop in Warsaw, Macron visited Vilnius on Monday.")
    found = triples(text)
    assert ("emmanuel-macron", "visits", "LTU", "2024-11-04") in found
    assert not {t for t in found if t[0] == "olaf-scholz" and t[1] == "visits"}


def test_a_visit_to_a_person_is_a_visit_to_their_country():
    found = triples("Talks\nThe trip to President Recep Tayyip Erdogan by Hungarian Prime Minister Viktor Orban lasted a day."
                    "\nOrban's trip to Erdogan was kept secret until Monday.")
    assert not {t for t in found if t[1] == "visits" and t[2] == "recep-tayyip-erdogan"}


def test_a_visit_named_again_by_a_possessive_keeps_the_first_date():
    text = ("Visit\nOn Monday, Hungarian Prime Minister Viktor Orban paid a visit to Beijing.\n"
            "Orban's trip to Beijing angered several capitals.")
    visits = {t for t in triples(text) if t[1] == "visits"}
    assert visits == {("viktor-orban", "visits", "CHN", "2024-11-04")}


def test_a_report_tells_undated_what_happened_on_the_day_of_its_lead():
    # a story of Tuesday whose lead says "on Monday": its undated acts are Monday's
    lead = "Summit\nThe Brazilian president on Monday pledged support for Chile.\nArgentina also backed Chile.\n"
    assert ("ARG", "supports", "CHL", "2024-11-04") in triples(lead, date(2024, 11, 5))
    # the day comes from the lead's relative "on Monday", not from a live-blog entry
    assert {s.date_source for s in extract_article(article(lead, date(2024, 11, 5))) if s.subject.id == "ARG"} == {"relative"}
    # a day that dates another event ("prior to the vote on Sunday"), or a live blog's entries, set no day for the rest
    other = "Summit\nPeru said Chile was bought prior to the vote on Sunday.\nArgentina also backed Chile.\n"
    assert ("ARG", "supports", "CHL", "2024-11-05") in triples(other, date(2024, 11, 5))
    # a lead whose day closes the sentence tells its own act's day, not the report's
    closing = "Summit\nPeru pledged support for Chile on Monday.\nArgentina also backed Chile.\n"
    assert ("ARG", "supports", "CHL", "2024-11-05") in triples(closing, date(2024, 11, 5))


@pytest.mark.parametrize("sentence, expected, guard", [
    # a call told as a conversation on the phone is a meeting; a talk with an interviewer is not
    ("Chile's president said in a telephone conversation with the Peruvian president that trade would grow.", {("CHL", "meets_with", "PER")},
     "Chile's president told Peruvian television about his conversation with Bolivia's president."),
    # "the summit brought together the leaders of A, B and C": each met each; a drought meets no one
    ("The summit brought together the leaders of Kenya, Uganda and Rwanda.",
     {("KEN", "meets_with", "UGA"), ("KEN", "meets_with", "RWA"), ("UGA", "meets_with", "RWA")},
     "The drought brought together farmers of Kenya and Uganda."),
])
def test_a_phone_conversation_and_a_summit_that_brings_leaders_together_are_meetings(sentence, expected, guard):
    assert acts(sentence) == expected
    assert acts(guard) == set()


@pytest.mark.parametrize("sentence, expected", [
    # a verb right after "that"/"which" belongs to what the relative word stands for
    ("Chile's minister spoke about the drone strike that killed Bolivian officers.", set()),
    ("Peru said a Chilean air strike that hit Bolivia was a mistake.", {("CHL", "attacks", "BOL")}),
    ("Ecuador, which attacked Colombia last year, asked for talks.", {("ECU", "attacks", "COL")}),
    # an antecedent after a preposition is not the agent: the attack's owner is
    ("Peru's raid on Bolivia that targeted Chilean trucks drew protests.", {("PER", "attacks", "BOL"), ("PER", "attacks", "CHL")}),
    # "that ousted President X": an adjective, not the speaker's act
    ("Uruguay's envoy said on Monday that ousted Paraguayan leaders had fled.", set()),
    # the owner of the airspace is where it happened, not who did it
    ("A violation of Peruvian and NATO airspace by Chilean jets was followed by an incursion into Bolivian airspace.",
     {("CHL", "attacks", "BOL")}),
    # the modifier of an attack noun is its agent, even after a preposition
    ("Ecuador's president flew to Chile on the anniversary of the NATO bombing of the Serbian parliament.",
     {("ECU", "visits", "CHL"), ("NATO", "attacks", "SRB")}),
    # but the object of a verb is not the agent of the noun after it
    ("Chile struck Hezbollah targets in Bolivia overnight.", {("CHL", "attacks", "HEZBOLLAH"), ("CHL", "attacks", "BOL")}),
])
def test_who_did_it_in_relative_clauses_modifiers_and_airspace(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # an attack noun after a preposition names no attacker; the speaker did not attack
    "Chile's president spoke at length, referring to strikes that Peru has carried out on Bolivia.",
    # "urged X to do A and B": B is asked for, not done
    "Chile's president urged Peru to withdraw its troops and begin talks with Bolivia.",
    # "our" in a quote whose speaker is no actor: not the actor named before
    "“Peru must see that its raids only strengthen our resolve to stand with Bolivia,” the ministry said.",
    # a participle used as an adjective
    "Chile expelled two “targeted” Peruvian diplomats.",
])
def test_no_agent_for_bare_attack_nouns_requests_quoted_we_and_adjectives(sentence):
    assert not {(s, p, o) for s, p, o in acts(sentence) if p in ("attacks", "meets_with", "supports")}


@pytest.mark.parametrize("sentence, expected", [
    # a meeting in a country that is not a party's own: each guest came to it
    ("The leaders of Chile, Peru and Bolivia met in Quito on Friday.",
     {("CHL", "meets_with", "PER"), ("CHL", "meets_with", "BOL"), ("PER", "meets_with", "BOL"),
      ("CHL", "visits", "ECU"), ("PER", "visits", "ECU"), ("BOL", "visits", "ECU")}),
    # a meeting whose place is a topic, not where it was held
    ("The leaders of Chile and Peru met to discuss the unrest in Quito.", {("CHL", "meets_with", "PER")}),
    # welcomed by the host: the guest came, the host did not go anywhere
    ("President Gabriel Boric was welcomed by Ecuador's president at Quito's presidential palace.",
     {("gabriel-boric", "visits", "ECU"), ("ECU", "meets_with", "gabriel-boric")}),  # (the president, for want of a name)
])
def test_guests_of_a_meeting_and_of_a_welcome_visit_the_host_country(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Boric's win was congratulated by the leaders of Peru and Bolivia.",
     {("PER", "supports", "gabriel-boric"), ("BOL", "supports", "gabriel-boric")}),
    ("It was the first time Chile's president had spoken with Peru's president in a year.", {("CHL", "meets_with", "PER")}),
    ("Boric and his Peruvian counterpart, Dina Boluarte, signed a fisheries pact.", {("gabriel-boric", "signs_agreement_with", "dina-boluarte")}),
])
def test_passive_congratulations_calls_and_counterparts(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Peru's trade ministry announced countermeasures against three Chilean banks.", {("PER", "sanctions", "CHL")}),
    ("Talks stalled over Bolivian sanctions imposed on the Peruvian mining firm.", {("BOL", "sanctions", "PER")}),
    ("Chile is by far Bolivia's largest backer.", {("CHL", "supports", "BOL")}),
])
def test_countermeasures_imposed_sanctions_and_the_largest_backer(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two presidents": the two who just met
    ("Chile's president hosted Peru's president on Monday. The two presidents signed a trade pact.",
     {("CHL", "meets_with", "PER"), ("CHL", "signs_agreement_with", "PER"), ("PER", "visits", "CHL")}),
    # "the three countries": the three named together before, who formed a bloc
    ("Chile, Peru and Bolivia formed a new bloc in May. The three countries condemned Argentina.",
     {("CHL", "cooperates_with", "PER"), ("CHL", "cooperates_with", "BOL"), ("PER", "cooperates_with", "BOL"),
      ("CHL", "condemns", "ARG"), ("PER", "condemns", "ARG"), ("BOL", "condemns", "ARG")}),
    # "the group": the armed group named last
    ("The Houthis fired missiles at Israel on Monday. The group also threatened the United States.",
     {("HOUTHIS", "attacks", "ISR"), ("HOUTHIS", "threatens", "USA")}),
])
def test_the_two_the_three_and_the_group_are_the_actors_named_before(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the two countries" after the verb: both of the pair that just met
    ("Chile and Peru held talks on Monday. Bolivia condemned the two countries on Tuesday.",
     {("CHL", "meets_with", "PER"), ("BOL", "condemns", "CHL"), ("BOL", "condemns", "PER")}),
    # not when one of them is named in the sentence itself
    ("Chile and Peru held talks on Monday. Bolivia condemned Chile, unlike both countries' neighbours.",
     {("CHL", "meets_with", "PER"), ("BOL", "condemns", "CHL")}),
])
def test_a_plural_reference_anywhere_stands_for_the_pair(text, expected):
    assert acts(text) == expected


def test_one_span_of_several_actors_is_masked_as_a_list():
    from kg.relations import mask
    masked, offsets = mask("Then the three leaders met.", [(5, 22), (5, 22), (5, 22)])
    assert masked == "Then ⟦0⟧, ⟦1⟧ and ⟦2⟧ met."
    assert len(offsets) == len(masked) + 1 and offsets[masked.index("met")] == 23


def test_a_plural_reference_keeps_the_day_of_the_meeting_and_is_marked_once():
    text = "Report\nChile's president hosted Peru's president on Monday. The two presidents signed a trade pact.\n"
    (signed,) = [s for s in extract_article(article(text, date(2024, 11, 7))) if s.predicate == "signs_agreement_with"]
    assert signed.date == "2024-11-04"
    assert mark_evidence(signed) == "[The two presidents] <<signed>> a trade pact."


@pytest.mark.parametrize("text, expected", [
    # a group that is not armed is not the armed group named before
    ("The Houthis fired missiles at Israel on Monday. The rights group accused Israel of abuses.",
     {("HOUTHIS", "attacks", "ISR")}),
    # a count of days is no reference to the pair that met
    ("Chile and Peru held talks on Monday. Two days later, drones struck Bolivia.", {("CHL", "meets_with", "PER")}),
])
def test_what_is_not_a_reference_to_actors_named_before(text, expected):
    assert acts(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Peru's visit to Moscow amid the war has drawn sharp criticism from Chile.", {("CHL", "condemns", "PER"), ("PER", "visits", "RUS")}),
    ("Bolivia's decision drew condemnation from Argentina on Monday.", {("ARG", "condemns", "BOL")}),
    # the place struck is no one who drew criticism
    ("The strike on Gaza drew condemnation from Turkey.", set()),
])
def test_criticism_drawn_from_another(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chile said Peru was responsible for the attack on the border post.", {("CHL", "accuses", "PER")}),
    ("Chile holds Peru fully responsible for the killing.", {("CHL", "accuses", "PER")}),
    ("Chile said early findings showed that Peru's air defence systems were behind the crash.", {("CHL", "accuses", "PER")}),
    # responsible for something that is no wrong
    ("Chile said Peru was responsible for security at the summit.", set()),
])
def test_saying_another_is_responsible_for_an_attack_is_an_accusation(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # meetings and talks named as nouns
    ("The visit follows a phone call held last month between Chile and Peru.", {("CHL", "meets_with", "PER")}),
    ("A truce came after negotiations involving Armenia and Azerbaijan.", {("ARM", "meets_with", "AZE")}),
    # a foreign guest met in the host's country visits it
    ("Chilean Foreign Minister Ana Soto met Peruvian envoy Luis Vega in Bolivia on Friday.",
     {("ana-soto", "meets_with", "luis-vega"), ("ana-soto", "visits", "BOL"), ("luis-vega", "visits", "BOL")}),
    ("Antony Blinken said at a news conference in Beijing that the talks went well.", {("antony-blinken", "visits", "CHN")}),
    # criticism and praise
    ("Peru has taken issue with Chile over the fishing quotas.", {("PER", "condemns", "CHL")}),
    ("Officials in Ecuador and Bolivia offered warm praise for Chile.", {("ECU", "supports", "CHL"), ("BOL", "supports", "CHL")}),
    ("The patrols were run by Chile with support from Peru and Ecuador.", {("PER", "supports", "CHL"), ("ECU", "supports", "CHL")}),
    ("The Hanoi-backed armed group Pathet Lao marched.", {("VNM", "supports", "pathet-lao")}),
    # concern and worry
    ("Marco Rubio said he reiterated Washington's \"grave concern\" over Cuba hosting spy bases.", {("marco-rubio", "concerned_about", "CUB")}),
    ("Chile worries that Peru is arming its navy.", {("CHL", "concerned_about", "PER")}),
])
def test_meetings_praise_and_concern_in_other_words(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # threats of a price or of revenge
    ("Peru warned on Sunday that Chile would pay a heavy price.", {("PER", "threatens", "CHL")}),
    ("Hamas also vowed \"revenge and retribution\" on Turkey.", {("HAMAS", "threatens", "TUR")}),
    # the verb after a closed relative clause is the antecedent's
    ("Hamas, which has long been backed by Qatar and Iran, vowed revenge on Egypt.", {("HAMAS", "threatens", "EGY")}),
    # a relative acts for herself, not for the one whose sister she is
    ("Kim Yo-jong, Kim Jong Un's sister, warned that Seoul would pay a high price.", {("kim-yo-jong", "threatens", "KOR")}),
    # sanctions named for their target; a "US-sanctioned" ship names no sanctioning by its owner
    ("Canada announced new anti-Iranian sanctions on Tuesday.", {("CAN", "sanctions", "IRN")}),
    ("An Iranian tanker docked near a US-sanctioned Venezuelan refinery.", set()),
    # strikes by several, and a campaign by one
    ("Strikes by Chile and Peru against Bolivian-held posts began at dawn.", {("CHL", "attacks", "BOL"), ("PER", "attacks", "BOL")}),
    ("It was a deliberate campaign by Serbia to target Kosovo's power plants.", {("SRB", "attacks", "XKX")}),
    # a count that has hit a number is no strike
    ("Lebanon said the number of injured has hit 2,800, and Iran's envoy was among them.", set()),
    # troops sent to fight alongside another's soldiers; weapons given to a receiver named first
    ("Belarus is sending troops to fight alongside Russian soldiers.", {("BLR", "sends_troops_to", "RUS")}),
    ("Iran gave Sudan armed drones and spare parts.", {("IRN", "supplies_weapons_to", "SDN")}),
])
def test_threats_sanctions_and_force_in_other_words(sentence, expected):
    assert acts(sentence) == expected


def test_a_president_elect_is_not_yet_in_office():
    roles = {(s, p, o) for s, p, o, _ in triples("Report\nPeruvian President-elect Ana Soto met Joe Biden.") if p in ("leads", "represents")}
    assert roles == {("joe-biden", "leads", "USA")}


def all_acts(text):
    return {(s, p, o) for s, p, o, _ in triples(text) if p not in ("leads", "represents")}


@pytest.mark.parametrize("text, expected", [
    # "we" outside quotes is the voice of the statement the page is
    ("NATO Statement on the Baltic incidents\nWe condemn Russia's drone flights. We stand with Estonia.",
     {("NATO", "condemns", "RUS"), ("NATO", "supports", "EST")}),
    ("Joint statement by the African Union on Sudan\nWe urge calm. We strongly condemn the RSF.", {("AU", "condemns", "RSF")}),
    ("Security Council debate\nI have the honour to speak on behalf of the European Union. We stand with Moldova.",
     {("EU", "supports", "MDA")}),
    # in a quote, "we" is its speaker's; a page that is no statement has no author
    ("Statement of the ASEAN chair\n\"We reject this,\" Vietnam said of the Chinese patrols. We stand with Manila.",
     {("ASEAN", "supports", "PHL")}),
    ("Talks in Geneva\nWe stand with Georgia, the reporter wrote.", set()),
])
def test_the_voice_of_a_statement(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the president-elect" is the election's winner
    ("Vote count ends\nAna Soto won the presidential election on Sunday. Chile offered praise for the president-elect.",
     {("CHL", "supports", "ana-soto")}),
    # sanctions rejected: their doer is condemned
    ("Sanctions\nThe United States imposed sanctions on Cuba on Monday. Havana rejected the sanctions as illegal.",
     {("USA", "sanctions", "CUB"), ("CUB", "condemns", "USA")}),
    # an endorsement of another's stance
    ("Shift\nSpain's new position marks an endorsement of Morocco's plan.", {("ESP", "supports", "MAR")}),
])
def test_references_to_the_winner_to_sanctions_and_endorsements(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "his meeting" after a person named in the sentence is that person's, not the nearest state's
    ("Aides fear Macron could favour Algeria after his meeting with Abdelmadjid Tebboune in Rome.",
     {("emmanuel-macron", "meets_with", "abdelmadjid-tebboune"), ("emmanuel-macron", "visits", "ITA"), ("abdelmadjid-tebboune", "visits", "ITA")}),
    # the words of a ministry's name are no person's name
    ("RSF shelling struck a shelter run by the Ministry of Health and Social Development.", set()),
])
def test_a_persons_own_meeting_and_ministry_names(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a contracted negation denies the act
    ("Japan hasn't sanctioned Iran.", set()),
    ("Putin didn't attack Finland, Peru said.", set()),
    # a state's own National Security Council is not the UN's, and an adviser's title is no name
    ("The National Security Council accused China of lying.", {("national-security-council", "accuses", "CHN")}),
    ("Sheikh Hasina met National Security Advisor Ajit Doval on Monday.", {("hasina", "meets_with", "ajit-doval")}),
    # no one is hostile to the state they act for
    ("Sudanese army chief Abdel Fattah al-Burhan vowed retaliation against those harming the Sudanese people.", set()),
    # an accord signed by two; congratulations to the people of two; a warning to "the X side"
    ("The accord signed by Kenyan President William Ruto and Somaliland leader Muse Bihi Abdi angered Somalia.",
     {("william-ruto", "signs_agreement_with", "muse-bihi-abdi")}),
    ("Chile congratulated the leadership and the people of Peru and Bolivia.", {("CHL", "supports", "PER"), ("CHL", "supports", "BOL")}),
    ("China warned the Philippine side to stop its provocations.", {("CHN", "threatens", "PHL")}),
])
def test_negation_institutions_and_parties_to_a_deal(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an adverb between a pair and its verb; a month before the place
    ("Putin and Aliyev previously met in March in China at the summit.",
     {("vladimir-putin", "meets_with", "ilham-aliyev"), ("vladimir-putin", "visits", "CHN"), ("ilham-aliyev", "visits", "CHN")}),
    # an agreement to work on something is cooperation, not a signed deal
    ("Chile, Peru and Bolivia have agreed to work on a water plan.", {("CHL", "cooperates_with", "BOL"), ("PER", "cooperates_with", "BOL"), ("CHL", "cooperates_with", "PER")}),
    # refraining from an act denies it
    ("Chile refrained from further strikes on Peru.", set()),
    # the envoy "of" a state summoned; the election winner congratulated by name
    ("Latvia summoned the acting chargé d'affaires of Belarus on Friday.", {("LVA", "condemns", "BLR")}),
    ("Chile congratulated the election winner, Claudia Sheinbaum.", {("CHL", "supports", "claudia-sheinbaum")}),
    # "the Central American country" is no person
    ("Marco Rubio's visit to the Central American country ended on Monday.", set()),
])
def test_pairs_with_adverbs_work_agreed_and_envoys_of_a_state(sentence, expected):
    assert acts(sentence) == expected


def test_a_relative_clause_of_many_words_keeps_its_antecedent_as_the_subject():
    sentence = ("Hamas, which has for many years been funded and armed by Qatar, Iran and a number of other governments and "
                "donors across the wider region and beyond it, also vowed revenge on Egypt.")
    assert acts(sentence) == {("HAMAS", "threatens", "EGY")}


@pytest.mark.parametrize("text, expected", [
    # a list with a comma before "and" is a list of three; "the three governments" are they
    ("Sahel\nChad, Sudan, and Libya issued a joint statement on Monday. The three governments \"firmly condemned\" Egypt's move.",
     {("TCD", "condemns", "EGY"), ("SDN", "condemns", "EGY"), ("LBY", "condemns", "EGY")}),
    # the downing of a drone by another's forces
    ("Drone\nNiger protested against the downing of a Nigerien drone by Algerian forces.", {("DZA", "attacks", "NER")}),
])
def test_a_list_with_a_serial_comma_and_a_downing(text, expected):
    assert all_acts(text) == expected


def test_a_party_figure_described_by_a_demonym_acts_for_herself():
    assert acts("Dutch far-right leader Geert Wilders also hailed Viktor Orban's victory.") == {("geert-wilders", "supports", "viktor-orban")}


def test_the_evidence_marks_the_mentions_the_relation_read():
    (s,) = extract_article(article("Border\nPeru said Chile struck Peruvian posts."))
    assert mark_evidence(s) == "Peru said [Chile] <<struck>> [Peruvian] posts."


@pytest.mark.parametrize("sentence, expected", [
    # a defeat "to" another: the possessor lost, never won
    ("The judge oversees the trial of Jair Bolsonaro, who is accused of plotting to stay in office after his 2022 election defeat "
     "to current President Luiz Inácio Lula da Silva.", set()),
    # a name opening a sentence with "is the"; the participle clause is the name's
    ("Ana Soto is the new president of Peru, defeating incumbent Luis Vega.", {("ana-soto", "defeats", "luis-vega")}),
    # a condemnation issued; praise of what others announced
    ("Antonio Guterres issued a strong condemnation of the Russian strikes.", {("antonio-guterres", "condemns", "RUS")}),
    ("Kenya praised the announcements from Norway and Spain on Tuesday.", {("KEN", "supports", "NOR"), ("KEN", "supports", "ESP")}),
    # meetings held, consultations, greetings, a visit made to meet someone
    ("Chile held separate meetings with Peru on Friday.", {("CHL", "meets_with", "PER")}),
    ("Kenya is consulting with Uganda on the border.", {("KEN", "meets_with", "UGA")}),
    ("Abdel Fattah al-Sisi greeted Recep Tayyip Erdogan at the airport.", {("abdel-fattah-el-sisi", "meets_with", "recep-tayyip-erdogan")}),
    ("Olaf Scholz made a short trip to Poland on Monday to meet Andrzej Duda.",
     {("olaf-scholz", "meets_with", "andrzej-duda"), ("olaf-scholz", "visits", "POL")}),
    # "X said he had …": he is X
    ("During a G20 event in Kenya, Cyril Ramaphosa said he had a long call with Joe Biden.", {("cyril-ramaphosa", "meets_with", "joe-biden")}),
    # an attack by a state's warplanes in a place another holds
    ("Two died after an attack by Israeli warplanes in the Hamas-held town.", {("ISR", "attacks", "HAMAS")}),
    # a demonym far before a spokesperson's name is no description of him
    ("Antonio Guterres issued a condemnation of the Russian strikes through his spokesperson, Stephane Dujarric.", {("antonio-guterres", "condemns", "RUS")}),
])
def test_defeats_condemnations_meetings_and_subjects_said_again(sentence, expected):
    assert acts(sentence) == expected


def test_a_then_office_is_no_role_and_a_leader_does_not_also_represent():
    statements = {(s, p, o) for s, p, o, _ in triples(
        "Visit\nPresident Abdel Fattah al-Sisi met Recep Tayyip Erdogan. Egypt's then-army chief Sisi had led the ouster of Mohamed Morsi in 2013.")
        if p in ("leads", "represents") and s == "abdel-fattah-el-sisi"}
    assert statements == {("abdel-fattah-el-sisi", "leads", "EGY")}


@pytest.mark.parametrize("sentence, expected", [
    # thanks are backing; "thanks to" is "because of"
    ("Zelensky thanked Germany for its help.", {("volodymyr-zelensky", "supports", "DEU")}),
    ("The truce held thanks to Qatar.", set()),
    ("Ana Soto said she had received a congratulatory message from Joe Biden.", {("joe-biden", "supports", "ana-soto")}),
    # talks and meetings with persons whose names carry diacritics
    ("Xi Jinping had talks and meetings with Prime Minister Phạm Minh Chính and State President Lương Cường.",
     {("xi-jinping", "meets_with", "pham-minh-chinh"), ("xi-jinping", "meets_with", "luong-cuong")}),
    # a host welcoming a guest to the country meets the guest
    ("Morocco's King Mohammed VI welcomed Emmanuel Macron to Rabat on Monday.",
     {("mohammed-vi", "meets_with", "emmanuel-macron"), ("emmanuel-macron", "visits", "MAR")}),  # "Morocco's King X" is X
    # threats to cut funding, and to go on striking
    ("Donald Trump suggested that he might withhold U.S. funding from Jordan.", {("donald-trump", "threatens", "JOR")}),
    ("Israel has pledged to continue its military operations against Hezbollah.", {("ISR", "threatens", "HEZBOLLAH")}),
    ("Hamas condemned Israel's strikes, accusing it of breaking the truce.", {("HAMAS", "condemns", "ISR"), ("HAMAS", "accuses", "ISR")}),
    # a force deployed to a country; a state's own official is not attacked by force
    ("ECOWAS ordered the deployment of its standby force to Benin.", {("ECOWAS", "sends_troops_to", "BEN")}),
    ("A US drone strike in Baghdad killed Iranian General Qassem Soleimani in January 2020.",
     {("USA", "attacks", "IRQ"), ("USA", "attacks", "qassem-soleimani")}),
    # "any talks" have not happened; no one visits their own country
    ("Zelensky wants guarantees before he enters into any talks with Vladimir Putin.", set()),
    ("US President Donald Trump attended a summit in Washington on Friday.", set()),
])
def test_thanks_hosts_threats_and_what_did_not_happen(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "any" only marks what follows it, and a double negative asserts the act
    ("Poland, more than any other country, has supported Ukraine since the invasion.", {("POL", "supports", "UKR")}),
    ("Russia hasn't stopped shelling Kharkiv since the spring.", {("RUS", "attacks", "UKR")}),
    ("Poland didn't hesitate to condemn Russia after the incident.", {("POL", "condemns", "RUS")}),
    # criticising one's own government is news; a state's officers can be struck
    ("Israeli President Isaac Herzog condemned Israel's decision to withhold the funds.", {("isaac-herzog", "condemns", "ISR")}),
    ("Israel killed Iranian commander Mohammad Reza Zahedi in a strike in Damascus.",
     {("ISR", "attacks", "mohammad-reza-zahedi")}),
    # an adjective before a state named after a possessive is no title of a person
    ("Joe Biden condemned Russia's new North Korea pact.", {("joe-biden", "condemns", "RUS")}),
    # a relative clause after a preposition is not the subject's
    ("Netanyahu, speaking after a phone call with Biden, who had urged restraint, vowed revenge against Iran.",
     {("benjamin-netanyahu", "threatens", "IRN"), ("benjamin-netanyahu", "meets_with", "joe-biden")}),
    # "said he" is the subject; "praised him" is the person just named
    ("Olaf Scholz spoke with Xi Jinping by phone and said he had criticised Russia's strikes.",
     {("olaf-scholz", "meets_with", "xi-jinping"), ("olaf-scholz", "condemns", "RUS")}),
    ("Xi Jinping met Kassym-Jomart Tokayev in Astana and praised him for his leadership.",
     {("xi-jinping", "meets_with", "kassym-jomart-tokayev"), ("xi-jinping", "supports", "kassym-jomart-tokayev"), ("xi-jinping", "visits", "KAZ")}),
    # the return of a state to a body is no meeting; thanking one's own voters backs no one
    ("China welcomed the return of Syria to the Arab League.", set()),
    ("Vladimir Putin thanked Russian voters after his re-election.", set()),
    # a head of state "attacked" by another leader is attacked in words
    ("Donald Trump ambushed South African President Cyril Ramaphosa with a video.", set()),
    # a relative clause's negation is not the main verb's
    ("Biden, who hasn't visited Ukraine this year, met Zelensky on Thursday.", {("joe-biden", "meets_with", "volodymyr-zelensky")}),
    # a capital written with its diacritics
    ("Vladimir Putin arrived in Hà Nội on Wednesday.", {("vladimir-putin", "visits", "VNM")}),
])
def test_what_the_review_found(sentence, expected):
    assert acts(sentence) == expected


def test_a_headline_about_a_statement_has_no_author_and_a_quote_goes_on_across_sentences():
    text = ("China condemns joint statement on the sea\nEnrique Manalo defended the text on Tuesday. "
            "“China has harassed our vessels for years,” Manalo said. “This has to stop. We thank Japan for standing with us.”")
    assert not {(s, p, o) for s, p, o in all_acts(text) if s == "CHN" and p == "supports"}
    statement = "NATO Statement on the drones\n“We are ready,” the envoy said. “Our allies agree. We stand with Poland.” We condemn Russia."
    assert all_acts(statement) == {("NATO", "condemns", "RUS")}


@pytest.mark.parametrize("sentence, expected", [
    # "his trip" after a person named in the sentence is that person's, whatever stands between
    ("Robert Fico wrote that he had informed EU officials about his trip to Moscow.", {("robert-fico", "visits", "RUS")}),
    # being in favour of sanctions is not imposing them
    ("The Ukrainian president is also in favour of sanctions against Russia's nuclear industry.", set()),
    # opposing a sale is not opposing the state named after it
    ("Pentagon officials opposed the sale over fears that the technology could reach China.", set()),
    ("Japan opposed Russia's annexation of the islands.", {("JPN", "condemns", "RUS")}),
    # a participle after a plural noun is the noun's act, and its owner's
    ("India raised concerns over Chinese submarines and research vessels visiting Colombo port.",
     {("IND", "concerned_about", "CHN"), ("CHN", "visits", "LKA")}),
])
def test_possessive_pronouns_favour_compounds_and_participles(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "his call" is the person named just before it, not the spokesperson who told of it
    ("Kremlin spokesman Dmitry Peskov said Vladimir Putin discussed grain exports in his call with Recep Tayyip Erdogan.",
     {("vladimir-putin", "meets_with", "recep-tayyip-erdogan")}),
    ("Emmanuel Macron met Ursula von der Leyen after her trip to China.",
     {("emmanuel-macron", "meets_with", "ursula-von-der-leyen"), ("ursula-von-der-leyen", "visits", "CHN")}),
    # "X called Y, who said he …": he is Y
    ("Emmanuel Macron called Vladimir Putin, who said he had met Volodymyr Zelensky once.",
     {("vladimir-putin", "meets_with", "volodymyr-zelensky")}),
    # a weapon's maker is not the one who fires it
    ("Russia used Iranian drones attacking Kyiv overnight.", {("RUS", "attacks", "UKR"), ("IRN", "supplies_weapons_to", "RUS")}),
    # opposed with an adverb or an adjective before the object
    ("Japan opposed the recent Chinese military drills around Taiwan.", {("JPN", "condemns", "CHN"), ("CHN", "threatens", "TWN")}),
    # voting in favour of a resolution that condemns is condemning; any aid named in a warning is none given
    ("Hungary voted in favour of the resolution condemning Russia.", {("HUN", "condemns", "RUS")}),
    ("Russia warned that any Western military aid to Ukraine is a legitimate target.", set()),
    # condemning a state's critics or media is not condemning the state
    ("Benjamin Netanyahu condemned Israel's critics at the United Nations.", set()),
])
def test_what_the_second_review_found(sentence, expected):
    assert acts(sentence) == expected


def test_a_scare_quote_left_open_does_not_silence_the_statement_after_it():
    text = ("EU Statement on the situation in Ukraine\nThe so-called “referendums in occupied regions of Ukraine are illegal. "
            "We condemn Russia for its attacks on Ukrainian cities.")
    assert ("EU", "condemns", "RUS") in all_acts(text)


@pytest.mark.parametrize("sentence, expected", [
    # a call still to come, told through a possessive, has not happened
    ("A spokeswoman said Xi Jinping would discuss trade in his call with Joe Biden.", set()),
    # blaming a state's partners is not blaming the state, whichever mention of it came first
    ("Volodymyr Zelensky said the Ukrainian army had pulled back and blamed Ukraine's Western partners.", set()),
])
def test_possessive_acts_keep_their_mood_and_a_states_partners_are_not_the_state(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # groups "backed by X that have claimed attacks": the groups claimed them, not X
    ("He warned the militias backed by Iran that have claimed attacks on Israel.", set()),
    # a plan that raised concerns is no one's concern
    ("Donald Trump's plan has raised concerns about the future of Israel.", set()),
    # "General Secretary" is a title, not a person named Secretary
    ("Xi Jinping met Party General Secretary Tô Lâm in Hanoi.", {("xi-jinping", "meets_with", "to-lam"), ("xi-jinping", "visits", "VNM")}),
])
def test_relative_clauses_after_an_agent_raised_concerns_and_titles(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a host welcoming a guest on a day, on arrival or at the airport met the guest
    ("Vice President Kamala Harris welcomed Kenyan President William Ruto on Thursday.",
     {("kamala-harris", "meets_with", "william-ruto")}),
    ("Emmanuel Macron welcomed Chancellor Olaf Scholz at the airport in the morning.",
     {("emmanuel-macron", "meets_with", "olaf-scholz")}),
    # welcoming a ruling is no meeting, and a visiting guest is no visit by the host
    ("Poland welcomed the verdict against Belarus on Friday.", set()),
    ("Recep Tayyip Erdogan greeted the visiting Iraqi foreign minister in the morning.", {("recep-tayyip-erdogan", "meets_with", "IRQ")}),
    # a capitalised "State Visit" is no person's name, and "After X" is no first name
    ("Xi Jinping began his State Visit to Serbia on Tuesday.", {("xi-jinping", "visits", "SRB")}),
    ("After Abiy took office, he signed an alliance with Eritrea's President Isaias Afwerki.", set()),
])
def test_welcomes_state_visits_and_names_after_a_conjunction(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a pledge to settle one thing "and bolster cooperation" is cooperation
    ("Scholz and Tusk pledged to settle their border dispute and bolster cooperation.",
     {("DEU", "cooperates_with", "POL")}),
    # documents and memoranda are signed like agreements
    ("Vietnam and Laos signed a large package of intergovernmental documents.", {("VNM", "signs_agreement_with", "LAO")}),
    # the place that ends an opening phrase is no member of the list after it
    ("After their meeting in Ankara, Erdogan and Aliyev signed an accord.",
     {("recep-tayyip-erdogan", "signs_agreement_with", "ilham-aliyev"), ("recep-tayyip-erdogan", "meets_with", "ilham-aliyev"),
      ("ilham-aliyev", "visits", "TUR")}),
    # "Following the talks in X, A and B …": A and B held the talks
    ("Following the talks in Baku, Ilham Aliyev and Nikol Pashinyan gave a joint news conference.",
     {("ilham-aliyev", "meets_with", "nikol-pashinyan"), ("nikol-pashinyan", "visits", "AZE")}),
    # "after a three-hour meeting with Y" is a phrase of X's clause, not a clause with a subject of its own
    ("Blinken told reporters he was hopeful after a nearly three-hour meeting with Wang Yi.",
     {("antony-blinken", "meets_with", "wang-yi")}),
    # one who "faces an arrest warrant issued by" a court is accused by it
    ("Benjamin Netanyahu, who faces an arrest warrant issued by the International Criminal Court, arrived on Thursday.",
     {("ICC", "accuses", "benjamin-netanyahu")}),
])
def test_pledges_signed_documents_opening_phrases_and_warrants(sentence, expected):
    assert acts(sentence) == expected


def test_a_headline_sentence_without_its_was_still_tells_a_visit():
    text = "Report\nModi greeted by crowds and dancers in Port Louis. He then met the prime minister."
    assert ("narendra-modi", "visits", "MUS") in all_acts(text)


@pytest.mark.parametrize("sentence, expected", [
    # attacks threatened are threats, not attacks
    ("Kim Jong Un threatened more strikes on South Korea if the drills go ahead.", {("kim-jong-un", "threatens", "KOR")}),
    ("Israel warned of new strikes against Hezbollah.", {("ISR", "threatens", "HEZBOLLAH")}),
    # strikes another is warned to make are not made, nor the warner's threat
    ("Volodymyr Zelensky warned of new Russian strikes on Ukraine.", set()),
    # "bomb shelters" is no bombing
    ("Sirens sounded in Israel as people ran into bomb shelters after a United States strike on Iran.",
     {("USA", "attacks", "IRN")}),
    # an acting minister holds the office
    ("Afghanistan's acting Foreign Minister Amir Khan Muttaqi met Jaishankar in Delhi.",
     {("amir-khan-muttaqi", "meets_with", "subrahmanyam-jaishankar"), ("amir-khan-muttaqi", "represents", "AFG"),
      ("subrahmanyam-jaishankar", "represents", "IND"), ("amir-khan-muttaqi", "visits", "IND")}),
    # shaking hands as they sign; a welcome with a ceremonial reception
    ("Prabowo Subianto and Anthony Albanese shake hands as they sign a security treaty.",
     {("prabowo-subianto", "signs_agreement_with", "anthony-albanese"), ("prabowo-subianto", "meets_with", "anthony-albanese")}),
    ("Emmanuel Macron welcomed Narendra Modi with a full ceremonial welcome.", {("emmanuel-macron", "meets_with", "narendra-modi")}),
])
def test_threatened_strikes_shelters_acting_ministers_and_handshakes(sentence, expected):
    found = {(s, p, o) for s, p, o, _ in triples("Report\n" + sentence) if p not in ("leads",)}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday or a name before a date is no dateline: the date dates the act
    ("Report\nTuesday, Oct 29 - Germany sent tanks to Ukraine.", {("DEU", "supplies_weapons_to", "UKR", "2024-10-29")}),
    # a dateline's day dates what nothing else in the sentence dates
    ("Report\nNAIROBI, Oct 30 (AP) - Kenya summoned the ambassador of Sudan.", {("KEN", "condemns", "SDN", "2024-10-30")}),
    # the dateline's place is where the report was filed, not an actor
    ("Report\nRABAT, Morocco, Oct 29 (AP): Spain welcomed the decision by Algeria.", {("ESP", "supports", "DZA", "2024-10-29")}),
])
def test_what_a_dateline_dates_and_names(text, expected):
    assert {t for t in triples(text) if t[1] not in ("leads", "represents")} == expected


def test_a_dateline_is_left_out_of_the_evidence_but_a_list_after_it_is_remembered():
    text = "Report\nBAMAKO, Oct 30 — Mali, Niger, and Chad recalled their envoys.\nThe three governments condemned Algeria."
    found = extract_article(article(text))
    assert {(s.subject.id, s.predicate, s.object.id) for s in found} == {("MLI", "condemns", "DZA"), ("NER", "condemns", "DZA"), ("TCD", "condemns", "DZA")}
    assert all(s.evidence.startswith("The three governments") for s in found)


@pytest.mark.parametrize("sentence, expected", [
    # bombing shelters is an attack; only the noun "bomb shelters" is none
    ("Israel bombed shelters in Gaza run by the United Nations.", {("ISR", "attacks", "PSE")}),
    # what follows "vowed" is a plan only when it is force
    ("Olaf Scholz vowed support for Ukraine.", {("olaf-scholz", "supports", "UKR")}),
    # welcoming a state as a candidate or for a decision is no meeting; a guest who arrived is met
    ("The European Union welcomed Ukraine on Thursday as a candidate for membership.", set()),
    ("Ukraine welcomed Germany on Monday for its decision to send air defence.", set()),
    ("Volodymyr Zelensky welcomed Joe Biden, who announced new military aid.", set()),
    # a place list inside the opening phrase stays one list
    ("On a visit to Japan, South Korea and the Philippines, Antony Blinken criticised China.",
     {("antony-blinken", "visits", "JPN"), ("antony-blinken", "visits", "KOR"), ("antony-blinken", "visits", "PHL"),
      ("antony-blinken", "condemns", "CHN")}),
    # a received proposal is no headline about a visit
    ("Hamas studied the proposal from Egypt received by its negotiators in Doha.", set()),
    # a firm's contract is no agreement between actors, and talks in a city are not every pair's meeting
    ("Following the talks in Moscow, Russia and Ukraine exchanged prisoners.", set()),
    # a host who met a visiting guest did not visit the guest's country
    ("Narendra Modi met visiting Greek Prime Minister Kyriakos Mitsotakis on Friday.",
     {("narendra-modi", "meets_with", "kyriakos-mitsotakis")}),
])
def test_what_the_third_review_found(sentence, expected):
    assert acts(sentence) == expected


def test_a_name_opening_a_sentence_with_an_appositive_is_a_person():
    text = ("Vote\nMaseru, May 3 – Thabo Lekhanya, from the governing party, has been elected president.\n"
            "The commission said he won 61% of the vote, with his closest rival Mpho Ranthe getting 30%.")
    assert ("thabo-lekhanya", "defeats", "mpho-ranthe") in all_acts(text)


@pytest.mark.parametrize("sentence, expected", [
    # a state that says another's craft violated or entered its airspace accuses it
    ("Lithuania said Belarusian balloons had violated its airspace.", {("LTU", "accuses", "BLR")}),
    ("Japan said two Chinese coast guard ships entered its territorial waters on Monday.", {("JPN", "accuses", "CHN")}),
    # "X's actions were a clear violation of the agreement"
    ("Guyana said Venezuela's actions were a clear violation of the agreement.", {("GUY", "accuses", "VEN")}),
    # a claim someone else made is not the speaker's accusation of its maker
    ("Germany said Russia's claim that Ukraine violated the truce was false.", {("RUS", "accuses", "UKR")}),
])
def test_violations_of_airspace_and_agreements(sentence, expected):
    assert acts(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # "the country" opening a sentence is the state the sentence before named first
    ("Report\nSomalia said Ethiopia had signed a deal with Somaliland.\nThe country also condemned Ethiopia for the deal.",
     {("SOM", "condemns", "ETH")}),
    # … but not a state the sentence names as its object, nor "the country of X"
    ("Report\nKenya accused Sudan of arming rebels.\nThe country also condemned Kenya.", {("KEN", "accuses", "SDN")}),
])
def test_the_country_is_the_state_named_first_before(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # words between a pair and its verb: "have also signed", "have reportedly agreed"
    ("Argentina and Chile have also signed a currency swap agreement.", {("ARG", "signs_agreement_with", "CHL")}),
    ("Ethiopia and Somalia have reportedly agreed to a truce.", {("ETH", "signs_agreement_with", "SOM")}),
    ("Gabriel Boric and his Peruvian counterpart Dina Boluarte have inked a border accord.",
     {("gabriel-boric", "signs_agreement_with", "dina-boluarte")}),
    # a treaty struck is no strike; a deal agreed with X is signed with X
    ("Kenya struck a new economic and defence treaty with Somalia on Monday.", {("KEN", "signs_agreement_with", "SOM")}),
    ("Britain has agreed a deal with Norway on fishing rights.", {("GBR", "signs_agreement_with", "NOR")}),
    # a pair speaking at a joint press event met
    ("Gabriel Boric and Javier Milei said at a joint press conference that trade would grow.",
     {("gabriel-boric", "meets_with", "javier-milei")}),
    # "joined forces with"
    ("Chile and Peru have joined forces with Bolivia to fight smuggling.",
     {("CHL", "cooperates_with", "BOL"), ("PER", "cooperates_with", "BOL")}),
    # a bloc suspending a member sanctions it
    ("The Southern African Development Community has suspended Eswatini from all its bodies.", {("SADC", "sanctions", "SWZ")}),
    ("The African Union announced Niger's immediate suspension on Wednesday.", {("AU", "sanctions", "NER")}),
    # a state's weapons sale to another
    ("Beijing protested a newly announced US weapons sale to the Philippines.", {("USA", "supplies_weapons_to", "PHL")}),
    # the arrest of X is what X suffered, not what X is condemned for
    ("The Arab League denounced the arrest of several activists, including opposition leader Ahmed Salem.", set()),
    # "visiting President X" is X's visit to the host's country, not the host's visit to X's
    ("President William Ruto on Tuesday praised visiting Ghanaian President John Mahama's commitment to trade.",
     {("john-dramani-mahama", "visits", "KEN")}),
])
def test_pairs_with_adverbs_treaties_struck_suspensions_and_visiting_guests(sentence, expected):
    assert acts(sentence) == expected


def test_a_capitalised_policy_name_is_no_person():
    found = acts("The bloc, citing the Charter on Democracy and Good Governance, condemned Mali.")
    assert not any(s == "good-governance" for s, _, _ in found)


def test_a_person_no_table_lists_is_known_by_the_surname_too():
    statements = extract_article(article("Report\nMaldivian President Mohd Muizzu met Narendra Modi in New Delhi."))
    guest = next(s.subject for s in statements if s.predicate == "meets_with")
    assert guest.name == "Mohd Muizzu" and guest.as_dict()["aliases"] == ["Muizzu"]
    assert "aliases" not in next(s.object for s in statements if s.predicate == "visits").as_dict()


@pytest.mark.parametrize("text, expected", [
    # a courtesy title before a name does not hide the person
    ("Report\nPresident Emmanuel Macron congratulated Dr Amina Odhiambo on her victory in Kenya.", {("emmanuel-macron", "supports", "amina-odhiambo")}),
    # a person elected to an office is a person for the surname that follows
    ("Vote\nLawmakers on Friday elected Tomasi Vakalalo as prime minister. Vakalalo won 29 votes to 20 over opposition leader Iosefa Tuilagi.",
     {("tomasi-vakalalo", "defeats", "iosefa-tuilagi")}),
    # congratulations from a counterpart named with a title
    ("Vote\nGeneral Moussa Diallo Keita won the vote. Diallo also received congratulations from his counterpart in Senegal, President Bassirou Diomaye Faye.",
     {("bassirou-diomaye-faye", "supports", "moussa-diallo-keita")}),
    # a congratulatory message to a person described first
    ("Report\nEmmanuel Macron sent a congratulatory message to ruling party candidate Amina Odhiambo.", {("emmanuel-macron", "supports", "amina-odhiambo")}),
    # raising ties is cooperation, not a signed agreement
    ("Report\nQatar and Chile have agreed on raising their bilateral ties to a strategic partnership.", {("QAT", "cooperates_with", "CHL")}),
    # a visit planned, an expectation, are not done
    ("Report\nThe ministers agreed on plans for Penny Wong to visit Chile next year.", set()),
    ("Report\nUgandan Prime Minister Robinah Nabbanja met Wang Yi on Thursday.\nShe noted her expectation that cooperation with China would be deepened.",
     {("robinah-nabbanja", "meets_with", "wang-yi")}),
    # "his New Zealand counterpart, X" is X; a "he" that goes on tells of the one the last sentence opened with
    ("Forum\nMr Teanau held several meetings at the forum. He met his Samoan counterpart, Fiame Naomi Mataafa, and Tongan Prime Minister, Aisake Eke. "
     "Earlier this week, he held talks with the Palauan President, Surangel Whipps.",
     {("teanau", "meets_with", "fiame-naomi-mataafa"), ("teanau", "meets_with", "aisake-eke"), ("teanau", "meets_with", "surangel-whipps")}),
])
def test_courtesy_titles_offices_counterparts_plans_and_he_who_goes_on(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # arms sales stopped are not supplied; a deal "for" another's weapons is the buyer's
    ("Report\nCanada suspended arms sales to Israel.", set()),
    ("Report\nPoland's arms deal for South Korean tanks was signed.", set()),
    # a killing by X is X's: the victim gap stops at "by"
    ("Report\nThe United Nations condemned the killing of aid workers by Israel.", {("UN", "condemns", "ISR")}),
    # "visiting" as a verb, not an adjective before a titled guest
    ("Report\nBlinken, visiting Netanyahu in Jerusalem, urged restraint.", {("antony-blinken", "visits", "ISR")}),
    ("Report\nOrban angered the EU by visiting Putin.", {("viktor-orban", "visits", "RUS")}),
    # "he" after a sentence with one other person is still the last person named
    ("Report\nMeloni met Sunak in Rome. He later visited Tunisia.",
     {("giorgia-meloni", "meets_with", "rishi-sunak"), ("rishi-sunak", "visits", "ITA"), ("rishi-sunak", "visits", "TUN")}),
    # "nearly" reached is not reached
    ("Report\nSerbia and Kosovo nearly reached an agreement on energy.", set()),
    # a pair that met or signed with a third party did not meet or sign with each other
    ("Report\nQatar and Egypt then met Hamas leaders in Doha.", {("QAT", "meets_with", "HAMAS"), ("EGY", "meets_with", "HAMAS")}),
    ("Report\nFrance and Germany later signed an agreement with Poland.",
     {("FRA", "signs_agreement_with", "POL"), ("DEU", "signs_agreement_with", "POL")}),
    # lifting tariffs is still an agreement; raising ties is cooperation
    ("Report\nChina and Australia agreed to lift tariffs on wine.", {("CHN", "signs_agreement_with", "AUS")}),
    # the deal named where the building stood is no deal struck
    ("Report\nRussia struck the building where the grain deal was signed in Odesa.", {("RUS", "attacks", "UKR")}),
    # "Abdel" is a particle, not the surname of "Ahmed Abdel Rahman"
    ("Report\nDr Ahmed Abdel Rahman visited Sudan. Abdel Aziz, a rebel, criticised Egypt.",
     {("ahmed-abdel-rahman", "visits", "SDN"), ("abdel-aziz", "condemns", "EGY")}),
])
def test_what_the_review_of_the_eighth_session_found(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "A and B joined X at a parade in Y": they met X, and came to Y
    ("Report\nCuban leader Miguel Diaz-Canel and Russia's Vladimir Putin joined Xi Jinping at a grand ceremony in Beijing on Friday.",
     {("miguel-diaz-canel", "meets_with", "xi-jinping"), ("vladimir-putin", "meets_with", "xi-jinping"),
      ("miguel-diaz-canel", "visits", "CHN"), ("vladimir-putin", "visits", "CHN")}),
    # "Russia's Vladimir Putin" is one actor, Putin, and an item of the list before it
    ("Report\nKim Jong Un and Russia's Vladimir Putin signed a defence treaty.", {("kim-jong-un", "signs_agreement_with", "vladimir-putin")}),
])
def test_joined_at_an_event_and_a_states_own_leader(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # breaking off relations condemns; "fascist" is a label of an enemy
    ("Report\nBolivia is breaking off diplomatic relations with Israel.", {("BOL", "condemns", "ISR")}),
    # shares of the vote compared
    ("Report\nJosé Raúl Mulino obtained 34.4% of the ballots, compared to 25% of Ricardo Lombana.", {("jose-raul-mulino", "defeats", "ricardo-lombana")}),
    # a person elected as "the country's new prime minister", defeating "the only other candidate, X"
    ("Vote\nParliament elected Lani Tupou as the country's new prime minister. Tupou won by 16 votes to 8, defeating the only other candidate, Trade Minister Sione Vea.",
     {("lani-tupou", "defeats", "sione-vea")}),
    # a pair pledging on a weekday; engaged in talks
    ("Report\nJapan and Indonesia pledged on Saturday to deepen defence ties.", {("JPN", "cooperates_with", "IDN")}),
    ("Report\nPresidents William Ruto and Xi Jinping engaged in extensive discussions.", {("william-ruto", "meets_with", "xi-jinping")}),
    # met on the sidelines of a retreat in a third country: both came to it
    ("Report\nVietnamese Foreign Minister Bui Thanh Son met Singaporean Foreign Minister Vivian Balakrishnan on the sidelines of the ASEAN Foreign Ministers' Retreat (AMM Retreat) in Malaysia.",
     {("bui-thanh-son", "meets_with", "vivian-balakrishnan"), ("bui-thanh-son", "visits", "MYS"), ("vivian-balakrishnan", "visits", "MYS")}),
    # sanctions ended are no sanctions, quoted or not
    ("Report\nDonald Trump ended \u201cunjust sanctions against Israel\u201d on his first day.", set()),
    # "broke away from A with support from B": no one backs A
    ("Report\nThe region broke away from Azerbaijan with support from Armenia.", set()),
])
def test_ties_broken_vote_shares_pledges_retreats_and_sanctions_ended(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the prime minister" after the one person the text called a PM ("PM" is "prime minister")
    ("Forum\nNew Zealand PM Christopher Luxon arrived in Tonga on Tuesday. The prime minister, who landed in the morning, "
     "has met with the leaders of Samoa and Fiji.",
     {("christopher-luxon", "visits", "TON"), ("christopher-luxon", "meets_with", "WSM"), ("christopher-luxon", "meets_with", "FJI")}),
    # "…, with X reportedly congratulating the president": X, whoever the clause named first (a guard: before, "the
    # president" in lower case was no one; now that it is Ouattara, Kone must not become the one congratulating)
    ("Vote\nPresident Alassane Ouattara won. Officials said Ibrahime Kone confirmed the count, with Gbagbo reportedly congratulating the president.",
     set()),
])
def test_the_one_prime_minister_and_a_doer_after_with(text, expected):
    assert all_acts(text) == expected


def test_a_role_taken_is_no_reference_to_its_holder():
    found = {(s, p, o) for s, p, o, _ in triples(
        "Report\nPresident Emmanuel Macron spoke in Paris on Monday.\nMalta has become the president of the UN Security Council.")}
    assert ("MLT", "leads", "UNSC") in found


@pytest.mark.parametrize("text, expected", [
    # talks held in a place, on a day, with someone: the guest came to the place's state
    ("Report\nHungarian Prime Minister Viktor Orban held talks in Beijing on Monday with Chinese President Xi Jinping.",
     {("viktor-orban", "meets_with", "xi-jinping"), ("viktor-orban", "visits", "CHN")}),
    # "are the main suppliers of arms to X"
    ("Report\nIran and Belarus are the main suppliers of arms to Venezuela's army.", {("IRN", "supplies_weapons_to", "VEN"), ("BLR", "supplies_weapons_to", "VEN")}),
    # a partnership named by the pair; a dispute named by a pair is none (a guard)
    ("Report\nThe ministers praised the Japan-Philippines strategic partnership.", {("JPN", "cooperates_with", "PHL")}),
    ("Report\nAnalysts spoke of the India-Pakistan border dispute and the partnership with Europe.", set()),
    # working together with X; looking forward to it is not yet (a guard)
    ("Report\nCanada and Mexico are working closely with Guatemala on migration.", {("CAN", "cooperates_with", "GTM"), ("MEX", "cooperates_with", "GTM")}),
    ("Report\nPresident Joe Biden said he looks forward to working closely with Canada.", set()),
    # recalling an ambassador condemns the state; not recalling does not (a guard)
    ("Report\nPeru recalled its ambassador from Mexico on Monday.", {("PER", "condemns", "MEX")}),
    ("Report\nPoland ordered the recall of its envoys to Hungary and Slovakia.", {("POL", "condemns", "HUN"), ("POL", "condemns", "SVK")}),
    ("Report\nPortugal did not recall its ambassador to Angola.", set()),
    # declared persona non grata
    ("Report\nUkraine declared Hungarian diplomat Imre Toth persona non grata.", {("UKR", "condemns", "imre-toth")}),
    # "an assault on the city of X": the state of the city
    ("Report\nRussia launched a large assault on the city of Kharkiv.", {("RUS", "attacks", "UKR")}),
])
def test_talks_in_a_place_suppliers_partnerships_recalls_and_city_assaults(text, expected):
    assert all_acts(text) == expected


def test_the_subject_after_an_opening_clause_is_the_doer():
    # "Before A's …, B thanked C": B thanked, not A
    assert all_acts("Report\nBefore the Polish delegation's arrival was announced, Lithuania thanked Latvia.") == {("LTU", "supports", "LVA")}


def test_states_joined_by_another_in_an_act_do_not_copy_the_speakers_statements():
    # "were joined by Spain in recognising X": Spain recognises too, it does not condemn what the speaker condemned
    acts = all_acts("Report\nThe Israeli foreign ministry said it had recalled its ambassadors from Ireland and Norway. "
                    "The two countries were joined by Spain in recognising Palestine.")
    assert ("ESP", "condemns", "IRL") not in acts and ("ISR", "condemns", "IRL") in acts


def test_a_title_that_ends_with_whose_statement_it_is_names_the_we():
    text = "Shelling must stop: Canada statement at the UN Security Council\nWe condemn Russia for its strikes on Ukrainian ports."
    assert ("CAN", "condemns", "RUS") in all_acts(text)


@pytest.mark.parametrize("text, expected", [
    ("Report\nMexican President Claudia Sheinbaum has reached Madrid on a two-day visit.", {("claudia-sheinbaum", "visits", "ESP")}),
    ("Report\nChilean President Gabriel Boric arrived Monday at the White House.", {("gabriel-boric", "visits", "USA")}),
    ("Report\nThe official visit by the President of Ghana to Japan ended on Friday.", {("GHA", "visits", "JPN")}),
    ("Report\nThe trip by Indian Foreign Minister S Jaishankar to Nigeria was short.", {("subrahmanyam-jaishankar", "visits", "NGA")}),
    ("Report\nThe Polish prime minister touched down in Tirana on Friday.", {("POL", "visits", "ALB")}),
])
def test_visits_reached_arrived_on_a_day_and_visits_by(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Report\nPresident Milos Zeman had called Jan Novak a \u201cwarmonger\u201d on television.", {("milos-zeman", "condemns", "jan-novak")}),
    # advocating, looking ahead: not done
    ("Report\nSenator Ted Cruz advocated peace talks with Russia.", set()),
    ("Report\nPrime Minister Mark Carney spoke ahead of his first meeting with Chinese President Xi Jinping.", set()),
    # what one is critical of is another's act; "anti-X" activities are not X's
    ("Report\nThe Liberal Party is critical of Western military aid to Georgia.", set()),
    ("Report\nThe prime minister of Canada raised concerns over anti-Canada protests in India.", {("CAN", "concerned_about", "IND")}),
    # but "anti-Russian sanctions" are sanctions on Russia (a guard)
    ("Report\nJapan introduced new anti-Russian sanctions on Friday.", {("JPN", "sanctions", "RUS")}),
    # backing in so many words; a lasting stance with "will remain"
    ("Report\nPoland will remain the staunchest supporter of Ukraine.", {("POL", "supports", "UKR")}),
    ("Report\nLatvia is deeply grateful to Sweden for its help.", {("LVA", "supports", "SWE")}),
    # finishing ahead of a party is beating it; a loser's share given after "against" is no win for the subject
    ("Report\nThe Green Alliance finished well ahead of the Danish People's Party in the election.", {("green-alliance", "defeats", "danish-people-s-party")}),
    ("Report\nChallenger Jan Novak received 45% of the vote against President Petr Pavel's 55%.", set()),
    # farewells are meetings
    ("Report\nPresident Lula bid farewell to Chinese President Xi Jinping at the airport.", {("lula-da-silva", "meets_with", "xi-jinping")}),
    ("Report\nForeign Minister Wang Yi saw off South African President Cyril Ramaphosa.", {("wang-yi", "meets_with", "cyril-ramaphosa")}),
    # a welcome of another's participation
    ("Report\nIndonesia welcomed Brazil's participation in the summit.", {("IDN", "supports", "BRA")}),
])
def test_labels_stances_lasting_backing_finishing_ahead_and_farewells(text, expected):
    assert all_acts(text) == expected


def test_who_has_led_a_party_since_leads_it():
    found = {(s, p, o) for s, p, o, _ in triples(
        "Vote\nMarta Berg, a former trade minister who has led the Unity Party since 2019, beat the Liberal Party.")}
    # and the verb after the closed clause is hers
    assert ("marta-berg", "leads", "unity-party") in found and ("marta-berg", "defeats", "liberal-party") in found


def test_the_sultan_leads_his_state():
    found = {(s, p, o) for s, p, o, _ in triples("Report\nOmani Sultan Haitham bin Tariq met Narendra Modi.")}
    assert ("haitham-bin-tariq", "leads", "OMN") in found


@pytest.mark.parametrize("text, expected", [
    ("Report\nOn his trip, Chancellor Olaf Scholz met Japanese leaders, including Prime Minister Fumio Kishida and Foreign Minister Yoko Kamikawa.",
     {("olaf-scholz", "meets_with", "JPN"), ("olaf-scholz", "meets_with", "fumio-kishida"), ("olaf-scholz", "meets_with", "yoko-kamikawa")}),
    # a pair with an appositive and a day, then a joint press conference
    ("Report\nPresident Emmanuel Macron and his Kenyan counterpart, William Ruto, on Friday held a joint news conference.",
     {("emmanuel-macron", "meets_with", "william-ruto")}),
    # summoning an embassy's deputy chief of mission
    ("Report\nVietnam summoned the Chinese embassy's deputy chief of mission over the collision.", {("VNM", "condemns", "CHN")}),
])
def test_leaders_named_after_including_joint_conferences_and_embassy_officials_summoned(text, expected):
    assert all_acts(text) == expected


def test_a_first_round_named_early_in_a_long_sentence_is_not_the_day_of_the_runoff():
    text = ("Runoff\nIncumbent Jana Horak won the presidential runoff, defeating rival Petr Dvorak. "
            "The first round of the Slovak presidential election was held on 29 December 2024, but no one won a majority. "
            "Before Sunday's runoff, polls had predicted Horak's victory.")
    found = {(s, p, o): d for s, p, o, d in triples(text, published=date(2025, 1, 13))}
    assert found[("jana-horak", "defeats", "petr-dvorak")] == "2025-01-12"


@pytest.mark.parametrize("text, expected", [
    # a quote that opens inside the clause leaves its subject in place
    ("Report\nThe minister said Norway will remain \u201cthe most reliable ally of Ukraine\u201d in the north.", {("NOR", "supports", "UKR")}),
    # a title before the object: "gratitude to President X"
    ("Report\nKazakh President Kassym-Jomart Tokayev met Sergey Lavrov. The Russian Foreign Minister expressed gratitude to President Tokayev for the talks.",
     {("kassym-jomart-tokayev", "meets_with", "sergei-lavrov"), ("sergei-lavrov", "supports", "kassym-jomart-tokayev")}),
    # "President of Ghana John Mahama": the person, with his state
    ("Report\nPresident of Ghana John Mahama thanked Nigeria for its help.", {("john-dramani-mahama", "supports", "NGA")}),
])
def test_partial_quotes_titles_before_objects_and_presidents_of_a_state(text, expected):
    assert all_acts(text) == expected


def test_a_long_appositive_before_who_still_names_the_leader():
    found = {(s, p, o) for s, p, o, _ in triples(
        "Vote\nMarta Berg, a former trade minister and veteran campaign strategist who has led the Unity Party since 2019, beat the Liberal Party.")}
    assert ("marta-berg", "leads", "unity-party") in found and ("marta-berg", "defeats", "liberal-party") in found


@pytest.mark.parametrize("text, expected", [
    # "will continue" is a threat or a condition still; a lasting stance only when nothing is threatened or conditional (the first a guard)
    ("Report\nIran will continue to fire missiles at Israel, the Revolutionary Guard warned.", set()),
    ("Report\nFrance will continue to support Lebanon if the army deploys.", set()),
    # a partnership that collapsed or stalled; a finish ahead in a ranking
    ("Report\nThe Chile-Peru partnership collapsed in 2020 amid a trade row.", set()),
    ("Report\nBrazil finished ahead of Argentina in the medal table.", set()),
    # a party after a possessive acts itself
    ("Report\nSerbia's Progressive Party praised Viktor Orban.", {("progressive-party", "supports", "viktor-orban")}),
    # "saw off" a rival or a revolt is no farewell
    ("Report\nSpain saw off Portugal 3-1 in the final on Sunday.", set()),
    # a party does not lead a state (a guard)
    ("Report\nThe Liberal Democratic Party, which has led Japan since 2012, lost its majority.", set()),
    # a plan's gerund is no cooperation yet
    ("Report\nThe plan envisages Georgia working together with NATO on air defence.", set()),
    # a visit postponed did not happen
    ("Report\nThe visit by the President of Chile to Peru was postponed.", set()),
    # "advocated talks" are no talks held
    ("Report\nSlovakia has advocated talks with Russia.", set()),
    # "Ahead of his meeting with X, Y spoke": the meeting is still to come
    ("Report\nAhead of his meeting with Xi Jinping, Joe Biden spoke to reporters.", set()),
    # a diplomat of a state declared persona non grata; a state's supplier role; a day between the city and the visit
    ("Report\nLatvia declared a Belarusian diplomat persona non grata.", {("LVA", "condemns", "BLR")}),
    ("Report\nTurkey has become the second-largest supplier of military equipment to Ukraine.", {("TUR", "supplies_weapons_to", "UKR")}),
    ("Report\nJapanese Prime Minister Fumio Kishida reached Manila on Friday on a two-day visit.", {("fumio-kishida", "visits", "PHL")}),
    # two titles of six words: the person arrives, not the state
    ("Report\nItalian Deputy Prime Minister and Foreign Minister Antonio Tajani arrived in Kyiv.", {("antonio-tajani", "visits", "UKR")}),
])
def test_what_the_review_of_the_ninth_session_found(text, expected):
    assert all_acts(text) == expected


def test_a_title_answering_another_states_statement_does_not_make_it_the_author():
    # the title's own act is read; the text's "we" is not Israel
    assert all_acts("Israel rejects South Africa statement at the ICJ\nWe reject the accusations. We condemn Hamas.") == {("ISR", "condemns", "ZAF")}


def test_a_call_named_after_joined_by_is_still_the_group_text():
    assert ("KOR", "condemns", "RUS") in all_acts("Report\nThe G7 leaders condemned Russia. They were joined by South Korea in the call.")


def test_reactions_that_name_the_act_by_it_keep_it_in_view_across_sentences():
    text = ("Strike\nRussian missiles struck a maternity ward in Zaporizhzhia on Monday. The attack left nine people dead. "
            "Polish Prime Minister Donald Tusk called it a despicable act. "
            "Czech Foreign Minister Jan Lipavsky described it as a \"heinous crime against civilians\".")
    acts = all_acts(text)
    assert {("donald-tusk", "condemns", "RUS"), ("jan-lipavsky", "condemns", "RUS")} <= acts


@pytest.mark.parametrize("text, expected", [
    # "the President of <a body> X", in a pair: both arrive, and X leads the body
    ("Report\nThe EU's foreign policy chief, Kaja Kallas, and the President of the European Parliament Roberta Metsola arrived in Kyiv.",
     {("kaja-kallas", "visits", "UKR"), ("roberta-metsola", "visits", "UKR"), ("roberta-metsola", "leads", "EP"), ("kaja-kallas", "represents", "EU")}),
    # a listed person after "the Emir of Qatar" and a courtesy title: the listed person, leading the state
    ("Report\nAnwar Ibrahim met the Emir of Qatar Sheikh Tamim bin Hamad Al Thani on Monday.",
     {("anwar-ibrahim", "meets_with", "tamim-bin-hamad-al-thani"), ("tamim-bin-hamad-al-thani", "leads", "QAT"), ("anwar-ibrahim", "leads", "MYS")}),
    # a rank of a state is no office held for it (a guard)
    ("Report\nThe statue of Marshal of the Soviet Union Ivan Konev was removed.", set()),
])
def test_offices_of_a_body_named_before_the_holder(text, expected):
    assert {(s, p, o) for s, p, o, _ in triples(text)} == expected


def test_both_nations_after_a_reporting_verb_are_the_last_pair():
    text = ("Report\nSpanish Prime Minister Pedro Sanchez met Chilean President Gabriel Boric on Monday. "
            "He stressed that both nations have agreed to work together on lithium.")
    assert ("ESP", "cooperates_with", "CHL") in all_acts(text)


def test_a_quote_of_several_sentences_keeps_its_speaker():
    text = ("Visit\nJapanese Prime Minister Fumio Kishida visited Hanoi and Phnom Penh this week. "
            "He added: \u201cOur partners in the region matter to us. Thanks to our Vietnamese and Cambodian friends for the warm welcome.\u201d")
    assert {("fumio-kishida", "supports", "VNM"), ("fumio-kishida", "supports", "KHM")} <= all_acts(text)


def test_a_single_letter_after_on_ends_a_sentence():
    from kg.segment import split_sentences
    assert split_sentences("She wrote on X. Thanks came later. George W. Bush spoke.") == ["She wrote on X.", "Thanks came later.", "George W. Bush spoke."]


@pytest.mark.parametrize("text, expected", [
    # drills around a state, by the state that holds them: a threat
    ("Report\nRussia's navy held large-scale exercises near Japan on Tuesday.", {("RUS", "threatens", "JPN")}),
    ("Report\nNorth Korea launched live-fire drills off the coast of South Korea.", {("PRK", "threatens", "KOR")}),
    ("Report\nChina sent warships to encircle the Philippines for drills.", {("CHN", "threatens", "PHL")}),
    # "called X a foreign hostile force", "a separatist"
    ("Report\nTaiwan's president called China a \u201cforeign hostile force\u201d.", {("TWN", "condemns", "CHN")}),
])
def test_drills_around_a_state_and_hostile_forces(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the host of a meeting meets each guest; a banquet still to come is no meeting yet (a guard)
    ("Report\nPresident William Ruto attended a meeting with his Ethiopian counterpart, Abiy Ahmed, hosted by Qatari Emir Tamim bin Hamad Al Thani.",
     {("william-ruto", "meets_with", "abiy-ahmed"), ("william-ruto", "meets_with", "tamim-bin-hamad-al-thani"),
      ("abiy-ahmed", "meets_with", "tamim-bin-hamad-al-thani")}),
    ("Report\nTalks between Serbia and Kosovo in Brussels were hosted by EU foreign policy chief Kaja Kallas.",
     {("SRB", "meets_with", "XKX"), ("SRB", "meets_with", "kaja-kallas"), ("XKX", "meets_with", "kaja-kallas"),
      ("SRB", "visits", "BEL"), ("XKX", "visits", "BEL")}),
    ("Report\nThe Russian president will attend a banquet hosted by Indian President Droupadi Murmu.", set()),
])
def test_a_meetings_host_meets_its_guests(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Report\nIn a Kremlin meeting, Vladimir Putin and Kazakh President Kassym-Jomart Tokayev discussed trade.",
     {("vladimir-putin", "meets_with", "kassym-jomart-tokayev")}),
    ("Report\nKing Charles was greeted on Monday by French President Emmanuel Macron.", {("emmanuel-macron", "meets_with", "charles")}),
    ("Report\nThe United Kingdom has suspended its strategic partnership with Georgia.", set()),
    ("Report\nThe EU and ASEAN countries have concluded a trade agreement.", {("EU", "signs_agreement_with", "ASEAN")}),
    ("Report\nArgentine President Javier Milei made the remarks at a rally in Madrid.", {("javier-milei", "visits", "ESP")}),
    ("Report\nPrime Minister Mark Carney said a trade deal reached with President Claudia Sheinbaum would protect jobs.",
     {("mark-carney", "signs_agreement_with", "claudia-sheinbaum")}),
    ("Report\nJose Mulino obtained 34% of the votes, followed by former president Martin Torrijos, who obtained 16%.",
     {("jose-raul-mulino", "defeats", "martin-torrijos")}),
    ("Report\nThe Spanish foreign minister called Milei's words \u201cunacceptable\u201d.", {("ESP", "condemns", "javier-milei")}),
    ("Report\nJavier Milei called Sanchez's wife, Begona Gomez, \u201ccorrupt\u201d.", {("javier-milei", "accuses", "begona-gomez")}),
])
def test_meeting_frames_greetings_partnerships_suspended_remarks_abroad_deals_reached_and_labels(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # drills with partners, or joint drills, threaten no one
    ("Report\nJapan and the US staged joint drills near the Philippines.", {("JPN", "cooperates_with", "USA")}),
    ("Report\nThe UK held exercises near Norway with Norwegian troops.", set()),
    # a meeting's topic is no guest; a name in the event's title is no guest
    ("Report\nThe meeting on Ukraine was hosted by Germany at Ramstein.", set()),
    ("Report\nThe Ukraine Recovery Conference, hosted by Germany in Berlin, drew 2,000 participants.", set()),
    ("Report\nThe Russia-Africa summit was hosted by Vladimir Putin in St Petersburg.", set()),  # (the host at home)
])
def test_what_the_second_review_of_the_ninth_session_found(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # out of office: no role now
    ("Report\nThe late Iranian President Ebrahim Raisi was mourned in Tehran.", set()),
    ("Report\nThe last President of the Soviet Union Mikhail Gorbachev died in Moscow.", set()),
    # a chamber's president speaks for the state, he does not lead it; a body's director-general leads it
    ("Report\nItaly's Senate president Ignazio La Russa visited Tirana on Monday.",
     {("ignazio-la-russa", "represents", "ITA"), ("ignazio-la-russa", "visits", "ALB")}),
    ("Report\nThe Director-General of the WHO Tedros Adhanom Ghebreyesus visited Gaza on Monday.",
     {("tedros-adhanom-ghebreyesus", "leads", "WHO"), ("tedros-adhanom-ghebreyesus", "visits", "PSE")}),
    # a rank keeps the person, who acts (with the office the tables give him)
    ("Report\nField Marshal of Pakistan Asim Munir visited Washington on Monday.", {("asim-munir", "visits", "USA"), ("asim-munir", "represents", "PAK")}),
])
def test_roles_out_of_office_chambers_and_ranks(text, expected):
    assert {(s, p, o) for s, p, o, _ in triples(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Report\nThe Labour Party, led by Keir Starmer, won the vote.", ("keir-starmer", "leads", "labour-party")),
    ("Report\nLed by Donald Tusk, the Civic Coalition won the vote.", ("donald-tusk", "leads", "civic-coalition")),
    ("Report\nAnura Kumara Dissanayake has been re-elected as President of Sri Lanka.", ("anura-kumara-dissanayake", "leads", "LKA")),
    ("Report\nMilorad Dodik, who is the president of Republika Srpska, met Vladimir Putin.", ("milorad-dodik", "leads", "republika-srpska")),
])
def test_offices_told_by_led_by_elected_as_and_who_is(text, expected):
    assert expected in {(s, p, o) for s, p, o, _ in triples(text)}


def test_led_by_after_a_preposition_is_no_office():
    # "the attack on Israel, led by X": X led the attack, not Israel
    found = {(s, p, o) for s, p, o, _ in triples("Report\nThe October 7 attack on Israel, led by Yahya Sinwar, killed 1,200 people.")}
    assert ("yahya-sinwar", "leads", "ISR") not in found


@pytest.mark.parametrize("text, expected", [
    ("Report\nGerman Defence Minister Boris Pistorius said he had briefed his American counterpart, Pete Hegseth.", {("boris-pistorius", "meets_with", "pete-hegseth")}),
    ("Report\nPrime Minister Keir Starmer has been briefed on the talks by US Secretary of State Marco Rubio.", {("marco-rubio", "meets_with", "keir-starmer")}),
    ("Report\nPolish President Andrzej Duda and NATO chief Mark Rutte presided at a ceremony in Warsaw.", {("andrzej-duda", "meets_with", "mark-rutte")}),
    ("Report\nPresident Emmanuel Macron said he remained in close contact with Ukrainian President Volodymyr Zelensky.", {("emmanuel-macron", "meets_with", "volodymyr-zelensky")}),
    ("Report\nIranian President Masoud Pezeshkian told Russian President Vladimir Putin on Friday that ties were strong.", {("masoud-pezeshkian", "meets_with", "vladimir-putin")}),
    # "told reporters", "told the parliament": no one met (a guard)
    ("Report\nPresident Emmanuel Macron told reporters on Friday that France would help.", set()),
])
def test_briefings_ceremonies_contact_and_words_told_to_a_leader(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Report\nGeorge Simion, a nationalist candidate backed by Hungarian Prime Minister Viktor Orban, lost the runoff.", {("viktor-orban", "supports", "george-simion")}),
    ("Report\nPresident Yoweri Museveni congratulated his rival and successor Bobi Wine.", {("yoweri-museveni", "supports", "bobi-wine")}),
])
def test_backing_named_in_an_appositive_and_congratulations_to_a_successor(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text", [
    # what the third review of this session found: offices, words and backing that are not what the rules read (some guards)
    "Report\nForces from Russia and Belarus, led by General Alexander Lapin, crossed the border.",
    "Report\nThe rally for Ukraine, led by Yulia Navalnaya, drew thousands in Berlin.",
    "Report\nAlexander Dyukov, who is the president of the Russian Football Union, backed the ban.",
    "Report\nLed by the United States, NATO allies agreed to send more air defence.",
    "Report\nLed by General Sergei Surovikin, Russian troops withdrew from Kherson.",
    "Report\nRafael Grossi briefed the UN Security Council on Zaporizhzhia.",
    "Report\nJoe Biden told the UN General Assembly that Russia must withdraw.",
    "Report\nLula and Javier Milei attended the summit, but did not meet.",
    "Report\nThe loan to Ukraine, a package backed by the IMF, was approved.",
    "Report\nJoe Biden was briefed by aides about Iran.",
    "Report\nThe UN welcomed Iran for a visit by its inspectors.",
])
def test_what_the_third_review_of_the_ninth_session_found(text):
    assert all_acts(text) == set()


def test_a_former_envoy_holds_no_office():
    assert not any(p in ("represents", "leads") and s == "michael-mcfaul" for s, p, o, _ in
                   triples("Report\nFormer U.S. Ambassador to Russia Michael McFaul criticised the deal."))


@pytest.mark.parametrize("text, expected", [
    # a meeting named between the pair and its verb, and what they agreed to promote
    ("Report\nDanish Prime Minister Mette Frederiksen and Kenyan President William Ruto at their first meeting on Monday agreed to build a closer partnership.",
     {("mette-frederiksen", "meets_with", "william-ruto"), ("DNK", "cooperates_with", "KEN")}),
    # what they agreed at the meeting is no signed agreement
    ("Report\nGerman Chancellor Olaf Scholz and French President Emmanuel Macron at their first meeting on Thursday agreed to coordinate arms purchases.",
     {("olaf-scholz", "meets_with", "emmanuel-macron")}),
    # a joint press conference with someone
    ("Report\nPeruvian Foreign Minister Elmer Schialer spoke at a joint press conference with Chilean Foreign Minister Alberto van Klaveren.",
     {("elmer-schialer", "meets_with", "alberto-van-klaveren")}),
    # a meeting held in a capital: the guest came to its state
    ("Report\nIndonesian President Prabowo Subianto held a brief meeting in Cairo with Egyptian President Abdel Fattah el-Sisi.",
     {("prabowo-subianto", "meets_with", "abdel-fattah-el-sisi"), ("prabowo-subianto", "visits", "EGY")}),
    # "was also received by"
    ("Report\nAfter the talks, Czech President Petr Pavel was also received by Polish President Andrzej Duda.",
     {("andrzej-duda", "meets_with", "petr-pavel"), ("petr-pavel", "visits", "POL")}),
    # a designation as terrorists is a sanction; a designation as a partner is none (a guard)
    ("Report\nCanada designated the Sinaloa Cartel and the Jalisco Cartel as terrorist entities on Thursday.",
     {("CAN", "sanctions", "sinaloa-cartel"), ("CAN", "sanctions", "jalisco-cartel")}),
    ("Report\nThe United States designated Qatar as a major non-NATO ally.", set()),
    # concern voiced on a day, after what the other did
    ("Report\nJapan expressed its serious concern Friday after China fired missiles near its islands.", {("JPN", "concerned_about", "CHN")}),
])
def test_meetings_named_by_their_setting_designations_and_concern_after(text, expected):
    assert {a for a in all_acts(text) if a[1] not in ("leads", "represents")} == expected


@pytest.mark.parametrize("text, expected", [
    # a party that came first defeats the parties behind it, not the person who leads one
    ("Vote in Valmora\nThe centre-left Civic Renewal Party came first with 31% of the vote in Sunday's election. "
     "In second place was the far-right Vigil party with 24%. The Farmers' Union received less than 12%.",
     {("civic-renewal-party", "defeats", "vigil"), ("civic-renewal-party", "defeats", "farmers-union")}),
    # seats, a lead over a party, and the winner named again without its country: one party
    ("Vote in Valmora\nThe Green Dawn Party is the clear winner of Friday's general election, emerging with 48 seats. "
     "The Liberty Party had 39 seats, ahead of the Harbour Party on 31. The Valmoran Green Dawn Party will lead talks.",
     {("green-dawn-party", "defeats", "liberty-party"), ("green-dawn-party", "defeats", "harbour-party")}),
    ("Vote in Valmora\nThe centre-left Tide party has won the general election by a narrow margin after it secured a 2,300-vote lead over the Anchor Party.",
     {("tide", "defeats", "anchor-party")}),
    # a party and its leader came second: the party lost to the party that came first
    ("Vote in Valmora\nThe far-right Vigil Party and its leader, Marta Lindqvist, came second. "
     "The centre-right Civic Alliance (CA) came first in the vote.",
     {("civic-alliance", "defeats", "vigil-party")}),
])
def test_parties_win_elections(text, expected):
    assert all_acts(text) == expected


def test_who_leads_a_party():
    text = ("Vote in Valmora\nThe far-right Vigil Party and its leader, Marta Lindqvist, came second. The Harbour Party led by former Prime Minister "
            "Ola Brekke lost seats. The centre-right Civic Alliance (CA) of Tomas Vilar came first. Jan Novak's Tide party and the Anchor Party of Lithuania held talks. "
            "A delegation led by Ola Brekke left.")
    assert {(s, o) for s, p, o, _ in triples(text) if p == "leads"} == {
        ("marta-lindqvist", "vigil-party"), ("ola-brekke", "harbour-party"), ("tomas-vilar", "civic-alliance")}


@pytest.mark.parametrize("text, expected", [
    # meetings: a summit held by a pair, talks on a subject, conferring, a courtesy call, a banquet for a guest
    ("Report\nGhanaian President John Mahama and Ivorian President Alassane Ouattara held a summit in Abidjan on Friday.",
     {("john-dramani-mahama", "meets_with", "alassane-ouattara"), ("john-dramani-mahama", "visits", "CIV")}),
    ("Report\nChilean President Gabriel Boric discussed energy with Argentine President Javier Milei.", {("gabriel-boric", "meets_with", "javier-milei")}),
    ("Report\nMalaysian Prime Minister Anwar Ibrahim conferred with Thai Prime Minister Paetongtarn Shinawatra.",
     {("anwar-ibrahim", "meets_with", "paetongtarn-shinawatra")}),
    ("Report\nNepalese Prime Minister K P Sharma Oli paid a courtesy call on Indian President Droupadi Murmu.",
     {("k-p-sharma-oli", "meets_with", "droupadi-murmu")}),
    ("Report\nBritish Prime Minister Keir Starmer hosted a state banquet for Japanese Prime Minister Shigeru Ishiba.",
     {("keir-starmer", "meets_with", "shigeru-ishiba"), ("shigeru-ishiba", "visits", "GBR")}),
    # "called on X to …" urges; it is no visit to X (a guard)
    ("Report\nUN Secretary-General Antonio Guterres called on Rwanda to pull back its troops.", set()),
    # two members of one government talking are no meeting of actors (a guard)
    ("Report\nUS Secretary of State Marco Rubio discussed the plan with President Donald Trump.", set()),
    # an Irish head of government
    ("Report\nBritish Prime Minister Keir Starmer welcomed Taoiseach Micheal Martin to Downing Street.",
     {("keir-starmer", "meets_with", "micheal-martin"), ("micheal-martin", "visits", "GBR")}),
])
def test_more_ways_to_meet(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "was in X on Friday for talks", "…, his first visit since", "attended the NATO summit in", "travelled on to"
    ("Report\nIndian Foreign Minister S Jaishankar was in Colombo on Friday for talks.", {("subrahmanyam-jaishankar", "visits", "LKA")}),
    ("Report\nQatari Prime Minister Mohammed bin Abdulrahman Al Thani was in Beirut on Monday, his first visit since the ceasefire.",
     {("mohammed-bin-abdulrahman-al-thani", "visits", "LBN")}),
    ("Report\nNew Zealand Prime Minister Christopher Luxon attended the NATO summit in Vilnius.", {("christopher-luxon", "visits", "LTU")}),
    ("Report\nSlovak Prime Minister Robert Fico travelled on to Beijing after a stop in Hanoi.", {("robert-fico", "visits", "CHN")}),
    # "is in X for" a state staying on is no visit (a guard)
    ("Report\nRussia is in Syria for the long haul.", set()),
])
def test_more_ways_to_visit(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # thanks for another's support, reliance on it; a membership bid is the member's
    ("Report\nMoldova was deeply grateful for Romanian support, President Maia Sandu said.", {("ROU", "supports", "MDA")}),
    ("Report\nArmenia continues to rely on France's political support.", {("FRA", "supports", "ARM")}),
    ("Report\nLatvian President Edgars Rinkevics voiced support for Moldova's EU membership bid.", {("edgars-rinkevics", "supports", "MDA")}),
    # pairs raising or opening ties, joining a body
    ("Report\nVietnam and Brazil elevated ties to a strategic partnership on Monday.", {("VNM", "cooperates_with", "BRA")}),
    ("Report\nOman and Kenya established diplomatic relations in 1971.", {("OMN", "cooperates_with", "KEN")}),
    ("Report\nThailand and Laos have forged a new economic partnership.", {("THA", "cooperates_with", "LAO")}),
    ("Report\nMalaysia joined BRICS as a partner country.", {("MYS", "cooperates_with", "BRICS")}),
    ("Report\nFinland became the 31st member of NATO.", {("FIN", "cooperates_with", "NATO")}),
    # joining a person is company, not membership (a guard)
    ("Report\nFrench President Emmanuel Macron joined German Chancellor Olaf Scholz on Thursday.", set()),
    # condemnation: an insult, a claim called false, an objection, a decision rejected; a rejected claim is a denial (a guard)
    ("Report\nColombian President Gustavo Petro called Ecuadorian President Daniel Noboa an imbecile.", {("gustavo-petro", "condemns", "daniel-noboa")}),
    ("Report\nGuyana called Venezuela's claims baseless.", {("GUY", "condemns", "VEN")}),
    ("Report\nBangladesh objected strongly to India's remarks on its elections.", {("BGD", "condemns", "IND")}),
    ("Report\nSomalia rejected Ethiopia's decision to recognise Somaliland.", {("SOM", "condemns", "ETH")}),
    ("Report\nSerbia rejected Kosovo's claims that Serbian police crossed the border.", {("XKX", "accuses", "SRB")}),
])
def test_more_ways_to_back_cooperate_and_condemn(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # leaders agreeing to cooperate: their states cooperate; a body's envoy brings in the body
    ("Report\nIndonesian President Prabowo Subianto and Turkish President Recep Tayyip Erdogan agreed to deepen defence cooperation.",
     {("IDN", "cooperates_with", "TUR")}),
    ("Report\nEU foreign policy chief Kaja Kallas and Japanese Foreign Minister Takeshi Iwaya pledged to work together on security.",
     {("EU", "cooperates_with", "JPN")}),
])
def test_cooperation_is_between_the_states_and_bodies_persons_act_for(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # tariffs threatened, announced or promised threaten; tariffs imposed sanction; none imposed is nothing (a guard)
    ("Report\nUS President Donald Trump threatened to impose a 30 percent tariff on Japanese and South Korean cars.",
     {("donald-trump", "threatens", "JPN"), ("donald-trump", "threatens", "KOR")}),
    ("Report\nIndia announced a 20% tariff on American almonds on Friday.", {("IND", "threatens", "USA")}),
    ("Report\nTrump said he would impose steep tariffs on all Brazilian goods.", {("donald-trump", "threatens", "BRA")}),
    ("Report\nBeijing slapped retaliatory tariffs on imports from Australia.", {("CHN", "sanctions", "AUS")}),
    ("Report\nCanada did not impose tariffs on Chinese steel.", set()),
])
def test_tariffs_threaten_and_sanction(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a vow to back is backing; a vow with a condition is not (a guard)
    ("Report\nSwedish Prime Minister Ulf Kristersson vowed to support Ukraine for as long as it takes.", {("ulf-kristersson", "supports", "UKR")}),
    ("Report\nIran vowed to support Hezbollah if Israel invaded Lebanon.", set()),
    # being committed to another's defence or security
    ("Report\nThe United States is committed to defending the Philippines, Blinken said.", {("USA", "supports", "PHL")}),
    ("Report\nFrance remains committed to Lebanon's sovereignty.", {("FRA", "supports", "LBN")}),
    ("Report\nRussia is not committed to Armenia's security.", set()),
])
def test_vows_and_commitments_to_back(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an opening that puts a foreign official somewhere: travelling to, arriving in, "In X for talks"
    ("Report\nTravelling to Ghana on Monday, Canadian Prime Minister Mark Carney met President John Dramani Mahama.",
     {("mark-carney", "meets_with", "john-dramani-mahama"), ("mark-carney", "visits", "GHA")}),
    ("Report\nArriving in Nairobi on Sunday, Turkish Foreign Minister Hakan Fidan praised the partnership.", {("hakan-fidan", "visits", "KEN")}),
    # one's own capital is no visit (a guard)
    ("Report\nIn Kyiv, Ukrainian President Volodymyr Zelensky said the attack killed five.", set()),
])
def test_an_opening_that_puts_a_foreign_official_somewhere(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the review of this session's rules found: none of these is an act
    ("Report\nThe letter from Brazilian President Luiz Inacio Lula da Silva was also received by the United Nations on Monday.", set()),
    ("Report\nThe European Union discussed new sanctions with Russia in mind.", set()),
    ("Report\nThe United States revoked the designation of the Houthis as terrorists.", set()),
    ("Report\nChina expressed concern Sunday after a storm hit the Philippines.", set()),
    ("Report\nThe Russian ship paid a courtesy call on Cuba's port of Havana.", set()),
    # … and these are
    ("Report\nIndian Prime Minister Narendra Modi discussed the Ukraine crisis with Russian Foreign Minister Sergei Lavrov.",
     {("narendra-modi", "meets_with", "sergei-lavrov")}),
    ("Report\nEgypt and Ethiopia joined BRICS as members.", {("EGY", "cooperates_with", "BRICS"), ("ETH", "cooperates_with", "BRICS")}),
    ("Report\nUS President Donald Trump threatened tariffs on India.", {("donald-trump", "threatens", "IND")}),
    ("Report\nThe United States announced tariffs on steel from China and South Korea.", {("USA", "threatens", "CHN"), ("USA", "threatens", "KOR")}),
    ("Vote in Valmora\nThe Party for Progress came first with 37 seats in Wednesday's election, one ahead of the Labour Party on 36 seats. "
     "The Green Dawn Party came third.", {("party-for-progress", "defeats", "labour-party"), ("party-for-progress", "defeats", "green-dawn-party")}),
])
def test_what_the_review_of_the_eleventh_session_found(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "far ahead of X's bloc": the bloc lost, not its owner; "her main opponent, television host Y"
    ("Vote in Valmora\nThe Party of Renewal (PR) won a majority in Sunday's election. PR had 50 per cent of the vote, "
     "far ahead of former president Ivo Marek's pro-Western Civic Bloc.", {("party-of-renewal", "defeats", "civic-bloc")}),
    ("Vote in Valmora\nConservative candidate Ana Torres was declared the winner of Sunday's election on Wednesday. "
     "The result was accepted by Torres's main opponent, television host Luis Prado.", {("ana-torres", "defeats", "luis-prado")}),
])
def test_losers_named_by_their_owner_or_their_trade(text, expected):
    assert all_acts(text) == expected


def test_a_whose_clause_dates_its_own_event_and_a_lasting_tie_dates_from_its_start():
    found = triples("Visit\nTurkish President Recep Tayyip Erdogan, whose last visit to Baghdad was in 2011, met Iraqi President Abdul Latif Rashid on Monday.\n"
                    "Ties\nSenegal has kept close ties with France since its independence in 1960.", published=date(2024, 4, 23))
    assert ("recep-tayyip-erdogan", "meets_with", "abdul-latif-rashid", "2024-04-22") in found
    assert ("SEN", "cooperates_with", "FRA", "1960") in found  # (a guard: the review found this kept)


@pytest.mark.parametrize("text, expected", [
    # agreeing or pledging to expand cooperation is cooperation; agreeing to sell arms is not yet a supply (a guard)
    ("Report\nRussian President Vladimir Putin agreed to expand cooperation with Iran.", {("RUS", "cooperates_with", "IRN")}),
    ("Report\nChinese President Xi Jinping pledged to deepen ties with Brazil.", {("CHN", "cooperates_with", "BRA")}),
    ("Report\nJapan agreed to sell missiles to Australia.", set()),
])
def test_agreeing_to_expand_cooperation_is_cooperation(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an opening that stands the speaker beside someone: a joint news conference, "alongside"
    ("Report\nSpeaking at a joint news conference with Kenyan President William Ruto, US President Joe Biden praised the partnership.",
     {("joe-biden", "meets_with", "william-ruto")}),
    ("Report\nStanding alongside French President Emmanuel Macron, German Chancellor Friedrich Merz said Europe must act.",
     {("friedrich-merz", "meets_with", "emmanuel-macron")}),
])
def test_an_opening_that_stands_the_speaker_beside_someone(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ally named by its ally: "X ally Y", "X's neighbour and ally, Y", "Y and Z, longtime X allies", "Y, a close X partner"
    ("Report\nThe envoy met Hezbollah ally Nabih Berri in Beirut.", {("HEZBOLLAH", "cooperates_with", "nabih-berri")}),
    ("Report\nTrump said he might withhold funding from Jordan and Egypt, longtime U.S. allies.", {("USA", "cooperates_with", "JOR"), ("USA", "cooperates_with", "EGY")}),
    ("Report\nOfficials feared the technology could reach Russia, a close Iranian partner.", {("IRN", "cooperates_with", "RUS")}),
])
def test_allies_named_by_their_allies(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy's title names where the envoy is sent, not who acts: the envoy acts
    ("Report\nUS special envoy to the Middle East Amos Hochstein arrived in Beirut on Tuesday.", {("amos-hochstein", "visits", "LBN")}),
    ("Report\nUN special envoy for Syria Geir Pedersen met Ahmed al-Sharaa in Damascus.",
     {("geir-pedersen", "meets_with", "ahmed-al-sharaa"), ("geir-pedersen", "visits", "SYR")}),
    # an ambassador's country still counts: summoning Israel's ambassador to Brazil is about Israel (a guard)
    ("Report\nBrazil summoned Israel's ambassador to Brazil, Daniel Zonshine, on Monday.", {("BRA", "condemns", "ISR")}),
])
def test_an_envoys_title_is_part_of_the_envoy(text, expected):
    assert all_acts(text) == expected


def test_an_envoy_acts_for_whoever_sent_them():
    found = triples("Report\nUN special envoy for Syria Geir Pedersen met Ahmed al-Sharaa in Damascus.")
    assert ("geir-pedersen", "represents", "UN", None) in found


def test_forms_of_address_portfolios_and_party_offices_belong_to_the_person():
    found = triples("Report\nKuwait Emir His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah arrived in Abu Dhabi.\n"
                    "Rule\nPolish Minister of the Interior and Administration Tomasz Siemoniak said the rule was fair.\n"
                    "Visit\nCuba's Communist Party chief Miguel Diaz-Canel met Kim Jong Un.")
    acts = {(s, p, o) for s, p, o, _ in found}
    assert {("mishal-al-ahmad-al-jaber-al-sabah", "visits", "ARE"), ("mishal-al-ahmad-al-jaber-al-sabah", "leads", "KWT"),
            ("tomasz-siemoniak", "represents", "POL"), ("miguel-diaz-canel", "meets_with", "kim-jong-un")} <= acts
    assert not any(s == "KWT" or "party" in s for s, _, _ in acts)  # the emir and the party chief act, not their state or party


def test_the_head_of_a_delegation_acts_for_its_state():
    found = triples("Report\nThe Russian delegation, led by Dmitry Medvedev, met North Korean leaders.\n"
                    "Talks\nA Chinese government delegation headed by Vice Premier Ding Xuexiang arrived in Islamabad.")
    assert {("dmitry-medvedev", "represents", "RUS"), ("ding-xuexiang", "represents", "CHN")} <= {(s, p, o) for s, p, o, _ in found}


@pytest.mark.parametrize("text, expected", [
    # "X's envoy Y", "X's chief of staff Y", "X's ally Y": Y acts; "X's meeting with Y" stays X's (a guard)
    ("Report\nTrump's special envoy Steve Witkoff arrived in Moscow on Thursday.", {("steve-witkoff", "visits", "RUS")}),
    ("Report\nZelensky's chief of staff Andriy Yermak met Jake Sullivan in Washington.",
     {("andriy-yermak", "meets_with", "jake-sullivan"), ("andriy-yermak", "visits", "USA")}),
    ("Report\nPutin's ally Alexander Lukashenko met Xi Jinping.", {("alexander-lukashenko", "meets_with", "xi-jinping")}),
    ("Report\nBiden's meeting with Xi Jinping lasted four hours.", {("joe-biden", "meets_with", "xi-jinping")}),
])
def test_a_person_named_by_another_persons_possessive_acts(text, expected):
    assert all_acts(text) == expected


def test_a_title_then_a_form_of_address_in_apposition_names_the_person():
    acts = {(s, p, o) for s, p, o, _ in triples("Report\nSaudi Arabia's de facto ruler, Crown Prince Mohammed bin Salman, met Blinken in Riyadh.")}
    assert ("mohammed-bin-salman", "meets_with", "antony-blinken") in acts and not any(s == "SAU" for s, _, _ in acts)


@pytest.mark.parametrize("text, expected", [
    # a place no list has, struck: the one other state the sentence names is its state
    ("Report\nRussian forces struck the village of Dyliivka in Ukraine's eastern Donetsk region.", {("RUS", "attacks", "UKR")}),
    # with no such state, the place stays (a guard: not the attacker's own state)
    ("Report\nUkraine said its drones struck the town of Zoriana overnight.", {("UKR", "attacks", "zoriana")}),
])
def test_a_struck_place_no_list_has_is_in_the_state_the_sentence_names(text, expected):
    assert all_acts(text) == expected



@pytest.mark.parametrize("text, expected", [
    # what the second review of this session found too narrow
    ("Report\nTrump's envoy to Ukraine Keith Kellogg met Zelensky in Kyiv.",
     {("keith-kellogg", "meets_with", "volodymyr-zelensky"), ("keith-kellogg", "visits", "UKR")}),
    ("Report\nGermany pledged to expand its support for Ukraine.", {("DEU", "supports", "UKR")}),
    ("Report\nSpeaking at a joint news conference with German Chancellor Olaf Scholz in Berlin on Monday, French President Emmanuel Macron said Europe must act.",
     {("emmanuel-macron", "meets_with", "olaf-scholz"), ("emmanuel-macron", "visits", "DEU")}),
])
def test_what_the_second_review_of_the_eleventh_session_found(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy named only by title acts for whoever sent them, not for where they are sent
    ("Report\nThe EU special representative to the African Union met Ethiopian officials on Monday.", {("EU", "meets_with", "ETH")}),
    ("Report\nThe US envoy to the UN condemned Russia.", {("USA", "condemns", "RUS")}),
    # an ambassador to a body too; an ambassador to a state is summoned for the state that sent them (a guard)
    ("Report\nUS Ambassador to the UN Linda Thomas-Greenfield condemned Russia.", {("linda-thomas-greenfield", "condemns", "RUS")}),
    ("Report\nBrazil summoned Israel's ambassador to Brazil, Daniel Zonshine, on Monday.", {("BRA", "condemns", "ISR")}),
])
def test_an_envoy_named_only_by_title_acts_for_the_sender(text, expected):
    assert all_acts(text) == expected


def test_a_visit_to_a_village_is_a_visit_to_its_state():
    acts = {(s, p, o) for s, p, o, _ in triples("Report\nUS Secretary of State Antony Blinken visited the village of Yahidne in Ukraine's north.")}
    assert ("antony-blinken", "visits", "UKR") in acts


@pytest.mark.parametrize("text, expected", [
    # "X's ally Y <acts>": the ally acts, and the two are allies
    ("Report\nIran's ally Hezbollah fired rockets at Israel.", {("HEZBOLLAH", "attacks", "ISR"), ("IRN", "cooperates_with", "HEZBOLLAH")}),
    # (a guard: a person's ally named by possessive was already read so)
    ("Report\nPutin's close ally Alexander Lukashenko met Xi Jinping.", {("alexander-lukashenko", "meets_with", "xi-jinping")}),
])
def test_an_ally_named_by_possessive_acts(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X's envoy" with no name acts for X's state; with a name, the envoy acts (a guard)
    ("Report\nTrump's envoy met Putin in Moscow.", {("USA", "meets_with", "vladimir-putin"), ("USA", "visits", "RUS")}),
    ("Report\nTrump's special envoy Steve Witkoff arrived in Moscow.", {("steve-witkoff", "visits", "RUS")}),
])
def test_a_persons_envoy_without_a_name_acts_for_the_persons_state(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "accused X on Sunday of attacking …": X's act, not the accuser's; "condemned X over support for Y": X backs Y
    ("Report\nRussia's defence ministry accused Ukraine on Sunday of attacking the Kursk region.", {("RUS", "accuses", "UKR"), ("UKR", "attacks", "RUS")}),
    ("Report\nGerman Foreign Minister Annalena Baerbock condemned China on Monday over support for Russia.",
     {("annalena-baerbock", "condemns", "CHN"), ("CHN", "supports", "RUS")}),
    # an envoy to a body named with a role mention between: the envoy acts
    ("Report\nRussia's envoy to the United Nations Vassily Nebenzia condemned the United States on Tuesday.", {("vassily-nebenzia", "condemns", "USA")}),
])
def test_the_accused_acts_and_an_envoy_to_a_body_acts(text, expected):
    assert all_acts(text) == expected


def test_rulers_bosses_and_strongmen_lead():
    found = {(s, p, o) for s, p, o, _ in triples("Report\nNiger's military ruler General Abdourahamane Tchiani met Russian Deputy Defence Minister Yunus-Bek Yevkurov.\n"
                                                 "Mutiny\nWagner boss Yevgeny Prigozhin accused the Russian defence ministry of lying.")}
    assert {("abdourahamane-tchiani", "leads", "NER"), ("abdourahamane-tchiani", "meets_with", "yunus-bek-yevkurov"),
            ("yevgeny-prigozhin", "leads", "WAGNER")} <= found


@pytest.mark.parametrize("text, expected", [
    # forms of address between a verb or a title and the name: "His Excellency", "H.E.", "Dr.", "Shri"
    ("Report\nKenya's President William Ruto received His Excellency Bola Tinubu in Nairobi on Tuesday.",
     {("william-ruto", "meets_with", "bola-tinubu"), ("bola-tinubu", "visits", "KEN")}),
    ("Report\nIranian Foreign Minister Abbas Araghchi met H.E. Cyril Ramaphosa on Friday.", {("abbas-araghchi", "meets_with", "cyril-ramaphosa")}),  # a guard
    ("Report\nKenyan President William Ruto met Nigerian President Dr. Bola Tinubu on Friday.", {("william-ruto", "meets_with", "bola-tinubu")}),
    ("Report\nPrime Minister Shri Narendra Modi met Cyril Ramaphosa on Friday.", {("narendra-modi", "meets_with", "cyril-ramaphosa")}),
    # a father is named without "Sr."
    ("Report\nBola Tinubu met Liberian President Joseph Nyuma Boakai Sr. on Friday.", {("bola-tinubu", "meets_with", "joseph-nyuma-boakai")}),
    # the Arabic article written with a capital belongs to the listed name
    ("Report\nAbbas Araghchi met Al-Sharaa on Friday.", {("abbas-araghchi", "meets_with", "ahmed-al-sharaa")}),
    ("Report\nAbbas Araghchi met President Abdel Fattah El-Sisi on Friday.", {("abbas-araghchi", "meets_with", "abdel-fattah-el-sisi")}),  # a guard
])
def test_forms_of_address_and_name_particles_do_not_hide_a_person(text, expected):
    assert all_acts(text) == expected


def test_a_listed_office_outranks_a_vague_or_past_title():
    found = {(s, p, o) for s, p, o, _ in triples(
        "Report\nWilliam Ruto held talks with his Egyptian counterpart, Abdel Fattah el-Sisi, in Cairo.\n"
        "Talks\nBangladesh Adviser Muhammad Yunus met Narendra Modi in Bangkok.\n"
        "Visit\nMark Rutte, a former Dutch prime minister, met Recep Tayyip Erdogan in Ankara.")}
    assert {("abdel-fattah-el-sisi", "leads", "EGY"), ("muhammad-yunus", "leads", "BGD")} <= found
    assert not {("abdel-fattah-el-sisi", "represents", "EGY"), ("mark-rutte", "leads", "NLD")} & found


def test_a_listed_person_is_then_named_by_the_surname_of_an_alias():
    found = all_acts("Report\nTaiwan's President William Lai arrived in Palau on Sunday. Lai praised Palau for its friendship.")
    assert ("lai-ching-te", "supports", "PLW") in found


def test_a_time_in_the_possessive_dates_the_act_it_names_and_names_no_attacker():
    found = triples("Report\nOn Tuesday, the Polish president thanked Mark Rutte for his support after last week's drone attack on Poland.\n"
                    "Raid\nUkraine condemned Saturday's missile attack by Russia on Kharkiv.", published=date(2024, 11, 8))
    assert not any(p == "attacks" and s == "mark-rutte" for s, p, _, _ in found)
    assert ("RUS", "attacks", "UKR", "2024-11-02") in found and ("UKR", "condemns", "RUS", "2024-11-08") in found


def test_a_meeting_place_is_no_party_and_a_city_no_list_has_is_in_the_state_named():
    found = all_acts("Report\nAbbas Araghchi received Hakan Fidan on Monday. During their talks in the capital Tehran, the two ministers discussed Syria.\n"
                     "Talks\nHakan Fidan and Abbas Araghchi met in the Omani port city of Sohar on Thursday.")
    assert not any("IRN" in (s, o) and p == "meets_with" for s, p, o in found)
    assert {("hakan-fidan", "visits", "OMN"), ("abbas-araghchi", "visits", "OMN")} <= found


@pytest.mark.parametrize("text, expected", [
    # given names spelled another way before a listed surname are the listed person's; other given names are someone else
    ("Report\nGiorgia Meloni and Abdelhamid Dbeibah signed an energy deal on Monday.", {("giorgia-meloni", "signs_agreement_with", "abdul-hamid-dbeibah")}),
    ("Report\nHakan Fidan met Heydar Aliyev on Monday.", {("hakan-fidan", "meets_with", "heydar-aliyev")}),
    ("Report\nEmmanuel Macron met Jill Biden and Recep Erdogan.", {("emmanuel-macron", "meets_with", "jill-biden"), ("emmanuel-macron", "meets_with", "recep-tayyip-erdogan")}),
    # "President Marcos Jr" is the listed son; "received President X" is a meeting
    ("Report\nIndia's foreign minister Subrahmanyam Jaishankar received President Marcos Jr at the airport.",
     {("subrahmanyam-jaishankar", "meets_with", "ferdinand-marcos-jr"), ("ferdinand-marcos-jr", "visits", "IND")}),
])
def test_listed_persons_named_with_other_spellings_and_titles(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the country" a visit goes to is the state the sentence named before it (not the visitor's own, in a title)
    ("Report\nThe deal was signed in Nairobi during German Chancellor Olaf Scholz's second visit to the country.", {("olaf-scholz", "visits", "KEN")}),
    # a possessed arrival is a visit
    ("Report\nThe strikes came hours before Emmanuel Macron's arrival in Moldova.", {("emmanuel-macron", "visits", "MDA")}),
])
def test_a_visit_to_the_country_named_before_and_a_possessed_arrival(text, expected):
    assert all_acts(text) == expected


def test_a_listed_ruler_named_by_rank_and_a_groups_top_commander_lead():
    found = {(s, p, o) for s, p, o, _ in triples(
        "Report\nThe summit brought together Captain Ibrahim Traore of Burkina Faso and Vladimir Putin.\n"
        "Talks\nAhmed al-Sharaa met the Houthis' top commander, Abdul-Malik al-Houthi, in Sanaa.\n"
        "Strike\nIsrael killed a Hezbollah commander, Ali Hassan Fayad, in Tyre.")}
    assert {("ibrahim-traore", "leads", "BFA"), ("abdul-malik-al-houthi", "leads", "HOUTHIS"), ("ali-hassan-fayad", "represents", "HEZBOLLAH")} <= found


def test_malaysian_forms_of_address_are_no_part_of_the_name():
    found = all_acts("Report\nXi Jinping held talks with Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya. Later, Anwar met Lawrence Wong.")
    assert {("xi-jinping", "meets_with", "anwar-ibrahim"), ("anwar-ibrahim", "meets_with", "lawrence-wong")} <= found


def test_an_age_between_a_title_and_a_name_keeps_the_person():
    found = all_acts("Report\nPeru's opposition candidate, 61-year-old Rafael Lopez Aliaga, addressed his supporters on Sunday.\n"
                     "Reactions\nMarco Rubio congratulated Lopez Aliaga on his victory.")
    assert ("marco-rubio", "supports", "rafael-lopez-aliaga") in found


@pytest.mark.parametrize("text, expected", [
    # ties named by the pair of states, or by their good qualities "between A and B"
    ("Report\nThe ministers praised Kenyan-Ethiopian security cooperation.", {("KEN", "cooperates_with", "ETH")}),
    ("Report\nThe summit celebrated the enduring friendship between Ghana and Togo.", {("GHA", "cooperates_with", "TGO")}),
    # … not ties that are strained or souring, nor a war between them (guards)
    ("Report\nThe strained relations between Serbia and Kosovo worsened on Monday.", set()),
    ("Report\nClose ties between Mali and France have soured since 2022.", set()),
    ("Report\nThe Ethiopia-Eritrea border war ended in 2000.", set()),
])
def test_ties_named_by_the_pair_or_by_their_good_qualities(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a host welcoming a guest named with an apposition or with the guest's state after the name
    ("Report\nPresident William Ruto welcomed his Ugandan counterpart, President Yoweri Museveni, to Nairobi on Monday.",
     {("william-ruto", "meets_with", "yoweri-museveni"), ("yoweri-museveni", "visits", "KEN")}),
    ("Report\nPrime Minister Keir Starmer welcomed Prime Minister Christopher Luxon of New Zealand to London.",
     {("keir-starmer", "meets_with", "christopher-luxon"), ("christopher-luxon", "visits", "GBR")}),
    # a welcome given by the host; a knight named later by title and given name
    ("Report\nPrabowo Subianto was given a state welcome at the palace on Monday by President Cyril Ramaphosa.", {("cyril-ramaphosa", "meets_with", "prabowo-subianto")}),
    ("Report\nPrime Minister Sir Keir Starmer spoke in London. Later, Sir Keir met Mark Carney.", {("keir-starmer", "meets_with", "mark-carney")}),
])
def test_welcomes_of_guests_named_at_length_and_a_knight_named_by_his_given_name(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # review findings: a critic is no place visited; an arrival needs a known visitor
    ("Report\nChina criticised Antony Blinken's trip to the island nation after he landed in Taiwan.",
     {("CHN", "condemns", "antony-blinken"), ("antony-blinken", "visits", "TWN")}),
    ("Report\nRussia condemned Antony Blinken's visit to the country, calling it a provocation.", {("RUS", "condemns", "antony-blinken")}),
    # forms of address before a title; a counterpart the list knows; a family member at a sentence's start
    ("Report\nWilliam Ruto met H.E. President Bola Tinubu on Monday.", {("william-ruto", "meets_with", "bola-tinubu")}),
    ("Report\nEmine Erdogan met Brigitte Macron on Monday.", {("emine-erdogan", "meets_with", "brigitte-macron")}),
    ("Report\nMeanwhile Erdogan met Vladimir Putin.", {("recep-tayyip-erdogan", "meets_with", "vladimir-putin")}),  # a guard
])
def test_review_findings_on_places_addresses_and_family_names(text, expected):
    assert all_acts(text) == expected


def test_a_counterpart_known_to_the_list_and_an_organisations_chief():
    found = {(s, p, o) for s, p, o, _ in triples("Report\nAntony Blinken met his Egyptian counterpart, Abdel Fattah el-Sisi, in Cairo.\n"
                                                 "Visit\nIAEA chief Rafael Grossi arrived in Tehran on Monday.\n"
                                                 "Talks\nDatuk Seri Anwar met Xi Jinping in Beijing.")}
    assert {("abdel-fattah-el-sisi", "leads", "EGY"), ("rafael-grossi", "leads", "IAEA"), ("anwar-ibrahim", "meets_with", "xi-jinping")} <= found


@pytest.mark.parametrize("text, expected", [
    # "the X-backed Y": X backs Y (not a demonym describing unnamed fighters)
    ("Report\nIsrael struck positions of the Iranian-backed Hezbollah group near Tyre.", {("IRN", "supports", "HEZBOLLAH")}),
    ("Report\nTurkish-backed Syrian fighters attacked Manbij.", set()),  # a guard
])
def test_a_backer_named_in_a_compound_backs_the_group_named_after_it(text, expected):
    assert {t for t in all_acts(text) if t[1] == "supports"} == expected


def test_congratulations_from_named_senders_go_to_the_winner():
    found = all_acts("Report\nClaudia Sheinbaum won the presidential election on Sunday with 59% of the vote.\n"
                     "Reactions\nCongratulations came in from Brazilian President Lula da Silva and his counterpart in Colombia, President Gustavo Petro.")
    assert {("lula-da-silva", "supports", "claudia-sheinbaum"), ("gustavo-petro", "supports", "claudia-sheinbaum")} <= found
    assert not any(s == "COL" for s, _, _ in found)


def test_a_secured_re_election_makes_the_winner_whom_congratulations_reach():
    found = all_acts("Report\nTajik President Emomali Rahmon secured re-election with 90% of the votes cast.\n"
                     "Reactions\nCongratulations came from Russian President Vladimir Putin.")
    assert ("vladimir-putin", "supports", "emomali-rahmon") in found


def test_a_participle_after_a_preposition_is_no_attack():
    assert all_acts("Report\nCyril Ramaphosa met investors on partnerships in targeted sectors that will benefit Zambia.") == set()


def test_thanks_for_ones_support_of_another_say_who_backs_whom():
    found = all_acts("Report\nUkrainian President Volodymyr Zelensky met Polish President Andrzej Duda on Monday. "
                     "Zelensky thanked Duda for his support of Ukraine in the European Union.")
    assert {("andrzej-duda", "supports", "UKR"), ("volodymyr-zelensky", "supports", "andrzej-duda")} <= found


@pytest.mark.parametrize("text, expected", [
    ("Report\nWilliam Ruto engaged in talks and bilateral meetings with his Ugandan counterpart, Yoweri Museveni.", {("william-ruto", "meets_with", "yoweri-museveni")}),
    # "several" is no severing
    ("Report\nThe visit reaffirmed the close ties between Kenya and Uganda, ending with several agreements.", {("KEN", "cooperates_with", "UGA")}),
])
def test_talks_one_engaged_in_and_ties_followed_by_several_agreements(text, expected):
    assert {t for t in all_acts(text) if t[1] in ("meets_with", "cooperates_with")} == expected


@pytest.mark.parametrize("text, expected", [
    # a guest a head of state hosts or receives came to the host's country (not on a call)
    ("Report\nGhana's President John Mahama hosted Nigerian President Bola Tinubu on Monday.",
     {("john-dramani-mahama", "meets_with", "bola-tinubu"), ("bola-tinubu", "visits", "GHA")}),
    ("Report\nGhana's President John Mahama hosted Nigerian President Bola Tinubu on a video call.", {("john-dramani-mahama", "meets_with", "bola-tinubu")}),  # a guard
])
def test_a_hosted_guest_came_to_the_hosts_country(text, expected):
    assert all_acts(text) == expected


def test_a_royal_named_in_full_then_by_form_of_address_and_first_name():
    found = all_acts("Report\nQatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Nairobi on Monday. Later, Sheikh Tamim met William Ruto.\n"
                     "Visit\nSaudi Foreign Minister Prince Faisal bin Farhan flew to Cairo. There, Prince Faisal met Abdel Fattah el-Sisi.")
    assert {("tamim-bin-hamad-al-thani", "meets_with", "william-ruto"), ("faisal-bin-farhan", "meets_with", "abdel-fattah-el-sisi")} <= found


@pytest.mark.parametrize("text, expected", [
    # second review: ties gone bad are no cooperation, named by the pair or "between"
    ("Report\nIndia-Canada ties soured in 2023.", set()),
    ("Report\nThe good relations between Ethiopia and Eritrea did not last.", set()),
    # a guest met at a gathering elsewhere, refugees and an ambassador came to no host's country
    ("Report\nOn the sidelines of the SCO summit in Astana, Vladimir Putin received Recep Tayyip Erdogan.", {("vladimir-putin", "meets_with", "recep-tayyip-erdogan")}),
    ("Report\nAntony Blinken received the Chinese ambassador at the State Department.", {("antony-blinken", "meets_with", "CHN")}),
    # "attended by X, who met Y": X met Y; a welcome "on Tuesday" of a counterpart named at length
    ("Report\nThe forum was attended by Yoweri Museveni, who met Paul Kagame afterwards.", {("yoweri-museveni", "meets_with", "paul-kagame")}),
    ("Report\nWilliam Ruto welcomed his Ugandan counterpart, President Yoweri Museveni, on Tuesday.", {("william-ruto", "meets_with", "yoweri-museveni")}),
])
def test_second_review_findings(text, expected):
    assert {t for t in all_acts(text) if t[1] in ("meets_with", "visits", "cooperates_with")} == expected


def test_hosted_refugees_made_no_visit():
    assert not any(p == "visits" for _, p, _ in all_acts("Report\nPoland has hosted millions of Ukrainian refugees."))


def test_a_meeting_in_an_opening_participle_phrase_is_the_main_subjects():
    found = all_acts("Report\nSpeaking to reporters after a meeting with Kenyan President William Ruto in Nairobi, Ugandan President Yoweri Museveni said trade would grow.")
    assert {("yoweri-museveni", "meets_with", "william-ruto"), ("yoweri-museveni", "visits", "KEN")} <= found


def test_a_visitor_received_by_a_host_named_with_a_long_title():
    found = all_acts("Report\nPresident of Kenya, William Ruto, paid a working visit to Uganda and was received by the country's Head of State, "
                     "President Yoweri Museveni, at State House on Monday.")
    assert ("yoweri-museveni", "meets_with", "william-ruto") in found


def test_royal_highness_abbreviations_are_no_part_of_a_name():
    found = all_acts("Report\nH.H. Sheikh Mohamed bin Zayed received Narendra Modi on Monday. Lawrence Wong was received by HRH Al-Muhtadee Billah, the Crown Prince.")
    assert {("mohamed-bin-zayed", "meets_with", "narendra-modi"), ("al-muhtadee-billah", "meets_with", "lawrence-wong")} <= found


@pytest.mark.parametrize("text, expected", [
    ("Report\nThe United States imposed targeted sanctions on Iran on Monday.", {("USA", "sanctions", "IRN")}),
    ("Report\nIsrael targeted Hezbollah positions in Lebanon.", {("ISR", "attacks", "HEZBOLLAH")}),  # a guard
])
def test_targeted_sanctions_are_no_attack(text, expected):
    assert all_acts(text) == expected


def test_congratulations_from_the_winners_rival():
    found = all_acts("Report\nClaudia Sheinbaum won the presidential election on Sunday with 59% of the vote. "
                     "Congratulations came from her rival Xochitl Galvez.")
    assert ("xochitl-galvez", "supports", "claudia-sheinbaum") in found


def test_a_host_welcoming_a_visit_to_the_country_is_the_country():
    found = all_acts("Report\nKenya welcomed Keir Starmer's first visit to the country as prime minister.")
    assert ("keir-starmer", "visits", "KEN") in found


def test_a_clause_between_a_state_and_a_person_is_no_title():
    found = all_acts("Report\nThe China-Russia ties have never been better, Sergei Lavrov said.")
    assert ("CHN", "cooperates_with", "RUS") in found


def test_a_common_given_name_after_a_title_names_no_listed_person():
    found = all_acts("Report\nAnwar Ibrahim met Xi Jinping on Monday. Later, Sultan Ibrahim received Xi Jinping at the palace.")
    assert ("xi-jinping", "meets_with", "anwar-ibrahim") in found or ("anwar-ibrahim", "meets_with", "xi-jinping") in found
    assert any(p == "meets_with" and "xi-jinping" in (s, o) and "anwar-ibrahim" not in (s, o) for s, p, o in found)  # the sultan is not the prime minister


def test_a_despite_clause_dates_its_own_event():
    found = triples("Report\nDespite a truce reached in November, Israel has continued striking Hezbollah positions.", published=date(2025, 3, 4))
    assert ("ISR", "attacks", "HEZBOLLAH", "2025-03-04") in found


def test_a_time_of_what_is_to_come_dates_no_done_act():
    found = triples("Report\nOn December 2, Olaf Scholz visited Kyiv and unveiled an aid package for Ukraine, set to arrive this month.",
                    published=date(2024, 12, 4))
    assert ("olaf-scholz", "provides_aid_to", "UKR", "2024-12-02") in found


@pytest.mark.parametrize("text, expected", [
    # sanctions on those who harm a state are no sanctions on it, and what they target is no strike
    ("Report\nThe EU adopted a new round of sanctions against Russia, targeting banks and people involved in its war on Ukraine.",
     {("EU", "sanctions", "RUS")}),
    ("Report\nCanada imposed sanctions on 40 people responsible for undermining Moldova's sovereignty.", set()),
    ("Report\nDonald Trump approved a broad Treasury action targeting Iran's oil exporters.", set()),
    # an event called off did not take place
    ("Report\nThe president of Chile abruptly called off the signing of a trade deal with Peru.", set()),
    ("Report\nPrime Minister Mark Carney cancelled his visit to India.", set()),
    # a demand with a penalty is a threat
    ("Report\nThe Kenyan president warned Somalia to release the prisoners or face sanctions.", {("KEN", "threatens", "SOM")}),
    # an invasion launched
    ("Report\nThe tensions date from 2008, when Russia launched its invasion of Georgia.", {("RUS", "attacks", "GEO")}),
    # a list closed by "and others"
    ("Report\nLeaders, including Irish Taoiseach Micheal Martin, Danish Prime Minister Mette Frederiksen and others, "
     "expressed their solidarity with Moldova.",
     {("micheal-martin", "supports", "MDA"), ("mette-frederiksen", "supports", "MDA")}),
    # "adding that X had violated …" is an accusation
    ("Report\nLithuania demanded an end to the flights, adding Belarus had violated its airspace.", {("LTU", "accuses", "BLR")}),
    # a treaty one signed
    ("Report\nPresident Kassym-Jomart Tokayev praised the treaty he signed with Uzbekistan last year.", {("kassym-jomart-tokayev", "signs_agreement_with", "UZB")}),
    # a pair that did something after a summit met there
    ("Report\nEgyptian President Abdel Fattah al-Sisi said on Friday that he and Sudanese army chief Abdel Fattah al-Burhan failed to agree "
     "on a truce after a long summit in Cairo.",
     {("abdel-fattah-el-sisi", "meets_with", "abdel-fattah-al-burhan"), ("abdel-fattah-al-burhan", "visits", "EGY")}),
    ("Report\nChile and Argentina disagreed on fishing rights after a two-day meeting in Buenos Aires.", {("CHL", "meets_with", "ARG"), ("CHL", "visits", "ARG")}),
    # an agreement to work more closely is cooperation, not a signed text
    ("Report\nChile and Peru agreed to further enhance coordination on fisheries.", {("CHL", "cooperates_with", "PER")}),
    ("Report\nChile and Peru also agreed to maintain regular consultations.", set()),
    # a meeting named a summit meeting, held in one party's capital
    ("Report\nChilean President Gabriel Boric and Argentine President Javier Milei held a summit meeting in Buenos Aires on Sunday.",
     {("gabriel-boric", "meets_with", "javier-milei"), ("gabriel-boric", "visits", "ARG")}),
    # the state of the Cook Islands and the places of the United States
    ("Report\nCook Islands Prime Minister Tavita Rua met New Zealand's foreign minister.", {("tavita-rua", "meets_with", "NZL")}),
    ("Report\nPrime Minister Anthony Albanese flew to Hawaii on Sunday.", {("anthony-albanese", "visits", "USA")}),
    # thanks for supporting another: the thanked one backs it
    ("Report\nPresident Lula thanked his Chinese hosts for supporting Brazil's bid.", {("CHN", "supports", "BRA"), ("lula-da-silva", "supports", "CHN")}),
])
def test_sanctions_called_off_events_penalty_demands_invasions_and_summits(text, expected):
    assert all_acts(text) == expected


def test_sanctions_through_the_treasury_are_the_states():
    assert ("USA", "sanctions", "IRN") in all_acts("Report\nThe Office of Foreign Assets Control imposed sanctions on Iran.")


def test_a_delegation_headed_by_a_presidential_aide_acts_for_its_state():
    found = triples("Report\nThe Georgian team, headed by presidential aide Levan Dolidze, met the Armenians.")
    assert any(s == "levan-dolidze" and p == "represents" and o == "GEO" for s, p, o, _ in found)


def test_a_year_that_an_anniversary_remembers_is_not_the_acts():
    found = triples("Report\nChile and Peru agreed to deepen relations ahead of the 50th anniversary of the treaty between them in 1975.",
                    published=date(2025, 5, 4))
    assert ("CHL", "cooperates_with", "PER", "2025-05-04") in found


def test_the_visitor_in_his_state_visit_is_the_one_away_from_home():
    found = all_acts("Report\nPresident Emmanuel Macron signed a pact with King Mohammed VI during his state visit to Morocco.")
    assert ("emmanuel-macron", "visits", "MAR") in found


def test_state_initials_end_a_sentence_before_a_word_that_opens_one():
    from kg.segment import split_sentences
    assert split_sentences("Peru lodged a protest with the U.S. It also recalled its envoy.") == [
        "Peru lodged a protest with the U.S.", "It also recalled its envoy."]
    assert split_sentences("He met U.S. President Trump.") == ["He met U.S. President Trump."]  # a guard


@pytest.mark.parametrize("text, expected", [
    # a place neither acts nor meets
    ("Report\nMilei met Lula. The talks, held in the border town of Foz, were the first time the two had met since Milei took office.",
     {("javier-milei", "meets_with", "lula-da-silva")}),
    # a meeting at a place the demonym names is a visit there
    ("Report\nPresident Cyril Ramaphosa met Chinese President Xi Jinping at a Kenyan resort on Friday.",
     {("cyril-ramaphosa", "meets_with", "xi-jinping"), ("cyril-ramaphosa", "visits", "KEN"), ("xi-jinping", "visits", "KEN")}),
    # one drill, and drills across zones in the waters and airspace near a state
    ("Report\nRussia staged a live-fire drill near Finland as tensions rise with its neighbour.", {("RUS", "threatens", "FIN")}),
    ("Report\nRussia held exercises across three zones in the waters and airspace near Estonia.", {("RUS", "threatens", "EST")}),
    # a condemnation inside a quote does not fall on the speaker named after it
    ("Report\n“Faced with these threats, Estonia expresses its firm condemnation,” Estonian spokeswoman Liis Tamm said.", set()),
    # a person's administration is no title of the next person
    ("Report\nPresident Joe Biden's administration strongly opposes Prime Minister Benjamin Netanyahu's plan.",
     {("USA", "condemns", "benjamin-netanyahu")}),
    # "non-support" is no support
    ("Report\nPresident Xi Jinping kept a cautious tone, emphasizing non-support for Kosovar independence.", set()),
    # an office-holder congratulated by role, with an adjective
    ("Report\nVladimir Putin won again. Belarus congratulated the veteran Russian leader on his victory.", {("BLR", "supports", "RUS")}),
    # more votes than a rival
    ("Report\nPeter Pellegrini won the runoff, winning 200,000 more votes than Ivan Korcok.", {("peter-pellegrini", "defeats", "ivan-korcok")}),
    # a congratulatory telegram sent
    ("Report\nPresident Xi Jinping sent Anura Kumara Dissanayake a congratulatory message.", {("xi-jinping", "supports", "anura-kumara-dissanayake")}),
    # an agreement to arrange a meeting is no signed text
    ("Report\nPutin and Erdogan agreed to organize a personal meeting this year.", set()),
    # congratulations opening a quote
    ("Report\nPrime Minister Mark Carney shared his joy, stating, “Congratulations, President Lee Jae-myung.”", {("mark-carney", "supports", "lee-jae-myung")}),
    # praise of a strike backs the one who struck
    ("Report\nIsrael struck Iran on Friday. Argentina praised the strike.", {("ISR", "attacks", "IRN"), ("ARG", "supports", "ISR")}),
    # a visit by a titled person, and the visit of an envoy to a capital
    ("Report\nDuring a visit by Sergei Shoigu, Secretary of the Russian Security Council, to Pyongyang, the two sides talked.",
     {("sergei-shoigu", "visits", "PRK")}),
    ("Report\nThe deal came during the visit of U.S. special envoy Adam Boehler to Caracas.", {("adam-boehler", "visits", "VEN")}),
    # a treaty signed in one party's capital: the other came
    ("Report\nPresident Xi Jinping and his Brazilian counterpart Lula signed a partnership treaty in Beijing on Tuesday.",
     {("xi-jinping", "signs_agreement_with", "lula-da-silva"), ("lula-da-silva", "visits", "CHN")}),
    # "X's China visit"
    ("Report\nPrime Minister Shehbaz Sharif's Turkey visit was a success.", {("shehbaz-sharif", "visits", "TUR")}),
    # "him" after another actor acts on the one named
    ("Report\nMilorad Dodik was convicted, which prompted Canada to impose sanctions against him.", {("CAN", "sanctions", "milorad-dodik")}),
    # a person visited is met
    ("Report\nPrime Minister Robert Fico visited President Vladimir Putin in Moscow on Sunday.",
     {("robert-fico", "visits", "RUS"), ("robert-fico", "meets_with", "vladimir-putin")}),
    # stumping for a candidate is backing
    ("Report\nSenator Jan Kowal stumped for George Simion at a rally.", {("jan-kowal", "supports", "george-simion")}),
    # what a state owns, shot down by another
    ("Report\nA Moldovan airliner was shot down by Russia.", {("RUS", "attacks", "MDA")}),
])
def test_places_drills_quotes_congratulations_praise_visits_and_downed_planes(text, expected):
    assert all_acts(text) == expected


def test_the_day_of_an_event_a_noun_names_dates_no_other_act():
    found = triples("Report\nSpeaker Mike Johnson warmly congratulated Lai Ching-te, announcing a visit for the May 20 inauguration.",
                    published=date(2024, 1, 14))
    assert ("mike-johnson", "supports", "lai-ching-te", "2024-01-14") in found


@pytest.mark.parametrize("text, expected", [
    # a region's adjective is no person's name, and "X's Latin American tour" no visit to a state (a guard)
    ("Report\nThe visit, part of President Xi Jinping's Latin American tour, was celebrated.", set()),
    # "who are in X for …": they came to X
    ("Report\nPresident Gustavo Petro and President Gabriel Boric, who are in Tokyo for the summit, spoke on Monday.",
     {("gustavo-petro", "visits", "JPN"), ("gabriel-boric", "visits", "JPN")}),
    # a governor named by his place hosts, not the place
    ("Report\nPresident Lai Ching-te landed. Alaska's Gov. Mike Dunleavy on Saturday hosted Lai at the capitol.",
     {("mike-dunleavy", "meets_with", "lai-ching-te"), ("lai-ching-te", "visits", "USA")}),
    # an invitation to visit is a visit still to come
    ("Report\nAccording to Milei's office, “President Xi Jinping invited President Javier Milei to visit China, "
     "and President Milei responded that he hopes to meet often.”", set()),
    # an agreement to encourage results is no signed text
    ("Report\nChile and Peru agreed to “encourage tangible results from the negotiations.”", set()),
])
def test_regions_visitors_governors_invitations_and_encouragement(text, expected):
    assert all_acts(text) == expected


def test_a_clock_time_before_a_weekday_ends_no_sentence():
    from kg.segment import split_sentences
    assert split_sentences("The call took place around 10 p.m. Friday, two days later. They talked.") == [
        "The call took place around 10 p.m. Friday, two days later.", "They talked."]
    assert split_sentences("They met at 9 p.m. The talks ended.") == ["They met at 9 p.m.", "The talks ended."]  # a guard


@pytest.mark.parametrize("text, expected", [
    # a victory an anniversary remembers is no one's win today
    ("Report\nPresident Lula will attend the parade marking the 80th anniversary of the Soviet victory over Nazi Germany.", set()),
    # "his successor, X, has backed …": the successor acts
    ("Report\nVenezuela deepened ties with Russia under the late leader Hugo Chávez, who governed from 1999 until his death in 2013. "
     "His successor, Maduro, has kept that alliance and openly backed Russia’s war against Ukraine.",
     {("VEN", "cooperates_with", "RUS"), ("nicolas-maduro", "supports", "RUS")}),
    # "X, who are in Y on Wednesday" (a day before the clause)
    ("Report\nPresident Xi Jinping met President Gabriel Boric on Wednesday, who is in Beijing for the forum.",
     {("xi-jinping", "meets_with", "gabriel-boric"), ("gabriel-boric", "visits", "CHN")}),
    # a plane that crashed, shot down by another state
    ("Report\nPresident Ilham Aliyev said the Azerbaijani airliner that crashed last week was shot down by Russia.", {("RUS", "attacks", "AZE")}),
])
def test_anniversaries_successors_visitors_and_a_downed_airliner(text, expected):
    assert all_acts(text) == expected


def test_a_person_named_by_possessive_before_a_party_leads_it():
    found = triples("Report\nThe Party of Action and Solidarity won, far ahead of former president Igor Dodon's pro-Russian Patriotic Bloc.")
    assert any(s == "igor-dodon" and p == "leads" and o == "patriotic-bloc" for s, p, o, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a meeting asked for is not held
    ("Report\nPresident Yoon Suk Yeol will attend the summit, where he has sought a meeting with Prime Minister Narendra Modi.", set()),
    # a right to respond claimed after an attack is a threat to the attacker
    ("Report\nIndia struck targets in Pakistan on Wednesday. Pakistan said it has every right to respond to this act of war.",
     {("IND", "attacks", "PAK"), ("PAK", "threatens", "IND")}),
])
def test_meetings_sought_and_a_right_to_respond(text, expected):
    assert all_acts(text) == expected


def test_a_time_in_the_possessive_dates_only_the_event_it_owns():
    found = triples("Report\nOn Friday, Muhammad Yunus met Xi Jinping. Recalling last year's mass protests in Bangladesh, "
                    "Yunus told Xi Jinping that the movement paved the way for reform.", published=date(2025, 3, 28))
    assert not any(p == "meets_with" and d == "2024" for s, p, o, d in found)


@pytest.mark.parametrize("text, expected", [
    # territories act and meet: they are no mere places
    ("Report\nHong Kong signed a free trade agreement with Peru.", {("HKG", "signs_agreement_with", "PER")}),
    ("Report\nGreenland condemned Donald Trump's remarks about buying the island.", {("GRL", "condemns", "donald-trump")}),
    # a drill that is no show of force
    ("Report\nStudents in Manila held a fire drill near the Chinese embassy on Friday.", set()),
    ("Report\nFrench firms continue to drill off Senegal's coast for oil.", set()),
    # praise of something else than the strike, or praise denied
    ("Report\nRussia struck Kharkiv overnight. Ukraine praised the rescue operation by its emergency services.", {("RUS", "attacks", "UKR")}),
    ("Report\nPakistan struck Afghan border posts. China did not praise the strikes.", {("PAK", "attacks", "AFG")}),
    # a pair reacting after a summit others held did not meet there
    ("Report\nCanada and Mexico rushed to respond after a tariff meeting at the White House.", {("CAN", "meets_with", "MEX")}),  # (an older rule's meeting; no visit)
    # an event once delayed that then took place
    ("Report\nThe postponed talks between Serbia and Kosovo finally opened in Brussels on Thursday.", {("SRB", "meets_with", "XKX")}),
    # a state's trade, hit by tariffs, is not attacked
    ("Report\nChinese steel exports were hit by new US tariffs.", set()),
    # "adding that X had never violated": no accusation
    ("Report\nSergei Lavrov rejected the claim, adding that Russia had never violated the treaty.", set()),
    # campaigning for a measure against a state backs no one
    ("Report\nLithuania campaigned for the isolation of Russia within the United Nations.", set()),
    # a meeting at a base of one state in another state's land is in the second
    ("Report\nPutin met Bashar al-Assad at a Russian air base in Syria.",
     {("vladimir-putin", "meets_with", "bashar-al-assad"), ("vladimir-putin", "visits", "SYR")}),
    # a visit cancelled or still to come
    ("Report\nThe Kremlin confirmed the cancellation of Benjamin Netanyahu's Moscow visit.", set()),
    ("Report\nDonald Trump's China visit next month will focus on trade.", set()),
    # thanks for helping two sides agree: mediation, not backing either
    ("Report\nJoe Biden thanked Qatar for helping Israel and Hamas reach a ceasefire.", {("joe-biden", "supports", "QAT")}),
    # "the spokeswoman said of X's drills": the condemnation is of X
    ("Report\n“Taiwan strongly condemns these actions,” the spokeswoman said of China's drills.", {("TWN", "condemns", "CHN")}),
    # an adverb inside a title
    ("Report\nRussia's widely criticised envoy Vassily Nebenzia accused Ukraine of lying.", {("vassily-nebenzia", "accuses", "UKR")}),
    # no deal reached
    ("Report\nDonald Trump said the summit with Vladimir Putin was productive, but he and Putin reached no deal.", set()),
    # a sanction on a leader's minister is not on the leader
    ("Report\nThe Treasury Department sanctioned Nicolas Maduro's defence minister on Tuesday.", set()),
])
def test_guards_from_the_review_of_this_rounds_rules(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the loser who conceded defeat and congratulated the winner defeated no one
    ("Report\nKarol Nawrocki won the runoff. Rafal Trzaskowski conceded defeat and congratulated Nawrocki on Monday.",
     {("karol-nawrocki", "defeats", "rafal-trzaskowski"), ("rafal-trzaskowski", "supports", "karol-nawrocki")}),
    # congratulations with their day before the one congratulated
    ("Report\nLeaders of the African Union extended congratulations on March 3 to President Netumbo Nandi-Ndaitwah.",
     {("AU", "supports", "netumbo-nandi-ndaitwah")}),
])
def test_a_conceded_defeat_and_congratulations_with_their_day(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # buying arms from a state: the seller supplies them
    ("Report\nBelarus procured attack drones from Iran last year.", {("IRN", "supplies_weapons_to", "BLR")}),
    # a deal reached on the way to another act
    ("Report\nPoland said it would buy more tanks after reaching an agreement with South Korea.", {("POL", "signs_agreement_with", "KOR")}),
    # forces that sweep across or ram through a border attack the land beyond it
    ("Report\nArmenian units swept across the disputed parts of Azerbaijan overnight.", {("ARM", "attacks", "AZE")}),
    # a share of a land held
    ("Report\nMorocco controls about 80% of Western Sahara.", {("MAR", "occupies", "ESH")}),
    # a response vowed to another's strike is a threat to the striker
    ("Report\nTehran will respond to Israel's latest strikes, the foreign ministry said.", {("IRN", "threatens", "ISR")}),
    # the backer named after a comma backs the one before
    ("Report\nThe rebels get fuel from the RSF's main foreign backer, the United Arab Emirates.", {("ARE", "supports", "RSF")}),
    # "since X sent …": X sends, not the subject of the main clause
    ("Report\nPoland has tightened its border since Belarus sent troops to help Russia.",
     {("BLR", "sends_troops_to", "RUS")}),
    # what a state's partners do is not the state's own act
    ("Report\nArmenia's western partners have condemned Azerbaijan's shelling.", set()),
    # "several Houthi targets in Yemen": targets is a noun
    ("Report\nThe US Navy hit several Houthi targets in northern Yemen.", {("USA", "attacks", "HOUTHIS")}),
    # "its attacks on X": the owner the pronoun points back to attacks
    ("Report\nThe UN says Myanmar fired hundreds of rockets during its attacks on Bangladesh in May.", {("MMR", "attacks", "BGD")}),
    # weapons one state made, used by another: the user attacks
    ("Report\nRussia used Iranian drones against Ukraine.", {("IRN", "supplies_weapons_to", "RUS"), ("RUS", "attacks", "UKR")}),
    # a subordinate clause's subject does both of its acts
    ("Report\nSeoul protested after Pyongyang bought rockets from Russia and fired them at South Korea.",
     {("RUS", "supplies_weapons_to", "PRK"), ("PRK", "attacks", "KOR")}),
])
def test_buying_arms_sweeping_across_responses_vowed_and_whose_act_it_is(text, expected):
    assert all_acts(text) == expected


def test_a_visit_in_a_clause_about_the_future_is_not_yet():
    assert all_acts("Report\nKing Abdullah will discuss Gaza with Emmanuel Macron on Friday during his visit to Paris.") == set()
    assert ("emmanuel-macron", "visits", "JOR") in all_acts("Report\nKing Abdullah discussed Gaza with Emmanuel Macron during his visit to Amman.")


@pytest.mark.parametrize("text, published, expected", [
    # "a day earlier" is the day before the page's
    ("Report\nA day earlier, Israel struck Beirut.", date(2025, 3, 9), "2025-03-08"),
    # the start of a war told after "since" dates the war, not the strike
    ("Report\nRussia launched its biggest strike on Lviv since the start of the war three years ago.", date(2025, 3, 9), "2025-03-09"),
    # the day after the meeting dates the meeting, not the arrival
    ("Report\nThe Japanese foreign minister arrives in Brazil before the G20 meeting on Monday.", date(2024, 11, 17), "2024-11-17"),
    # what a state "now controls" it holds on the page's day, not on the day of the invasion told before
    ("Report\nMorocco annexed the territory in 1975 and now controls most of Western Sahara.", date(2025, 3, 9), "2025-03-09"),
])
def test_days_before_and_days_of_other_events(text, published, expected):
    (s,) = [s for s in extract_article(article(text, published)) if s.predicate in ("attacks", "visits", "occupies")]
    assert s.date == expected


@pytest.mark.parametrize("text, expected", [
    # "it" in what a speaker announced is the speaker
    ("Report\nExplosions rocked Israel, with the Lebanese army announcing that it had shelled Israeli positions.", {("LBN", "attacks", "ISR")}),
    # concern voiced over an act told before is concern about its doer
    ("Report\nRussian missiles hit Odesa on Sunday. Japan expressed grave concern over the latest strikes.",
     {("RUS", "attacks", "UKR"), ("JPN", "concerned_about", "RUS")}),
    ("Report\nRussian missiles hit Odesa on Sunday. The Pope was appalled by the attack.", {("RUS", "attacks", "UKR")}),  # (a guard: no actor)
    # each accuses the other
    ("Report\nArmenia and Azerbaijan each accused the other of shelling border villages.",
     {("ARM", "accuses", "AZE"), ("AZE", "accuses", "ARM")}),
    # in a city, meeting someone: a meeting and a visit
    ("Report\nKenyan President William Ruto was in Berlin meeting Chancellor Olaf Scholz.",
     {("william-ruto", "meets_with", "olaf-scholz"), ("william-ruto", "visits", "DEU")}),
    # a truce named by its two sides
    ("Report\nShelling resumed despite the Armenia-Azerbaijan truce.", {("ARM", "signs_agreement_with", "AZE")}),
    ("Report\nDiplomats discussed a possible Armenia-Azerbaijan peace treaty that would end the dispute.", set()),  # (a guard)
    # a headline's passive: the owner's thing was struck
    ("Report\nHezbollah commander's car targeted near Tyre", set()),  # (a guard)
    # a demonym in quotation marks, and a name for Israel its foes use
    ("Report\nHamas said a \"Zionist\" airstrike hit Rafah.", {("ISR", "attacks", "PSE")}),
    # a leader killed is struck in deed
    ("Report\nIsrael killed Ismail Haniyeh in Tehran.", {("ISR", "attacks", "ismail-haniyeh")}),
    # a pair that had a dialogue met
    ("Report\nSerbian President Aleksandar Vucic and Croatian Prime Minister Andrej Plenkovic had a frank dialogue in Zagreb.",
     {("aleksandar-vucic", "meets_with", "andrej-plenkovic"), ("aleksandar-vucic", "visits", "HRV")}),
    # a partnership of three
    ("Report\nThe pact deepens the partnership between Australia, Britain and the United States.",
     {("AUS", "cooperates_with", "GBR"), ("AUS", "cooperates_with", "USA"), ("GBR", "cooperates_with", "USA")}),
    # the next stop of a tour is still to come
    ("Report\nGerman Chancellor Olaf Scholz visited Hanoi on Monday. He next heads to Indonesia.", {("olaf-scholz", "visits", "VNM")}),
    # a carrier strike group is a fleet, not a strike
    ("Report\nBritain showed its resolve when it deployed the British carrier strike group in the South China Sea.", set()),
    # "met with his counterpart X, as well as Y"
    ("Report\nIndian Prime Minister Narendra Modi visited Tokyo. He met with his counterpart Fumio Kishida, as well as Emperor Naruhito.",
     {("narendra-modi", "visits", "JPN"), ("narendra-modi", "meets_with", "fumio-kishida"), ("narendra-modi", "meets_with", "emperor-naruhito")}),
])
def test_speakers_concern_over_an_act_mutual_accusations_and_meetings_by_the_way(text, expected):
    assert all_acts(text) == expected


def test_a_relative_clause_in_the_perfect_dates_its_own_event():
    (s,) = [s for s in extract_article(article(
        "Report\nOlaf Scholz held talks with Xi Jinping, the first visit between the countries that have repaired the ties that broke down last year.",
        date(2025, 3, 9))) if s.predicate == "meets_with"]
    assert s.date == "2025-03-09"


@pytest.mark.parametrize("text, expected", [
    # agreeing to more talks is no signed agreement
    ("Report\nSerbia and Kosovo have agreed to further talks in Brussels.", set()),
    # a call taken from someone is a call with them
    ("Report\nPresident Cyril Ramaphosa took a phone call from Indian Prime Minister Narendra Modi on Friday.",
     {("cyril-ramaphosa", "meets_with", "narendra-modi")}),
    # a passive with a short aside before it
    ("Report\nBelarus, too, has been accused by Polish officials of pushing migrants over the border.", {("POL", "accuses", "BLR")}),
    # forces that enter a town take the fight into it
    ("Report\nThe fighting began when RSF forces, backed by allied militias, entered El Fasher.", {("RSF", "attacks", "SDN")}),
])
def test_talks_agreed_calls_taken_asides_and_forces_that_enter_a_town(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # threats in words of force or of tariffs
    ("Report\nThe president vowed to impose 60% tariffs on Mexican cars.", set()),  # (a guard: no one named acts)
    ("Report\nDonald Trump vowed to impose 60% tariffs on Mexican cars.", {("donald-trump", "threatens", "MEX")}),
    ("Report\nAzerbaijan will act decisively against Armenia if the shelling goes on.", {("AZE", "threatens", "ARM")}),
    ("Report\nNorth Korea said it would not hesitate to strike South Korea.", {("PRK", "threatens", "KOR")}),
    ("Report\nNorth Korea said it would not strike South Korea.", set()),  # (a guard)
    # a label in single quotes
    ("Report\nRussian missiles hit Lviv on Monday. Poland described the strike as 'barbaric'.",
     {("RUS", "attacks", "UKR"), ("POL", "condemns", "RUS")}),
    # a backer of groups, each named with its land
    ("Report\nIsrael fought the Iran-backed groups Hamas in Gaza and Hezbollah in Lebanon.",
     {("IRN", "supports", "HAMAS"), ("IRN", "supports", "HEZBOLLAH")}),
])
def test_threats_of_force_and_tariffs_labels_in_single_quotes_and_groups_backed_with_their_lands(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a volley of projectiles, with what it held, fired at a state
    ("Report\nHezbollah fired a barrage of 40 projectiles, including rockets and drones, at Israel.", {("HEZBOLLAH", "attacks", "ISR")}),
    # accusations between two sides go both ways
    ("Report\nTalks resumed amid accusations between Serbia and Kosovo over the border.", {("SRB", "accuses", "XKX"), ("XKX", "accuses", "SRB")}),
    ("Report\nThere were no accusations between Serbia and Kosovo this time.", set()),  # (a guard)
])
def test_volleys_fired_and_accusations_between_two_sides(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region's name is not a namesake town abroad
    ("Report\nJapanese Prime Minister Shigeru Ishiba visited Virginia on Monday.", set()),
    # a truce that failed, or was never signed, is not told as signed
    ("Report\nThe Sudan-RSF truce collapsed within hours.", set()),
    ("Report\nThe Armenia-Azerbaijan treaty was never signed.", set()),
    # an exchange of fire or of prisoners is no meeting; an exchange of views is
    ("Report\nIsrael and Hezbollah held an exchange of fire across the border.", {("ISR", "attacks", "HEZBOLLAH"), ("HEZBOLLAH", "attacks", "ISR")}),
    ("Report\nSouth Korea and Japan held an exchange of views on Monday.", {("KOR", "meets_with", "JPN")}),  # (a guard)
    # troops that enter a land for training or when invited do not attack it
    ("Report\nUS troops entered Poland for joint training.", set()),
    # money that pours into a land is no army
    ("Report\nChinese investment poured into Hungary last year.", set()),
    # a deal near or in the making is not yet signed
    ("Report\nTurkey is close to reaching a deal with Iraq.", set()),
    # a share of a state's output is no share of its land
    ("Report\nChina controls 40% of Zambia's copper output.", set()),
    # "condemned by Y for its attacks": the one condemned attacked
    ("Report\nIsrael was condemned by Turkey for its attacks on Gaza.", {("TUR", "condemns", "ISR")}),
    # a response by diplomacy is no threat
    ("Report\nRussia will respond to Ukraine's strikes with diplomacy, not force.", set()),
    # a strike announced by the one the sentence's "it" stands for
    ("Report\nExplosions were heard in Beirut, with the Israeli military announcing that it had launched a strike on Hezbollah.",
     {("ISR", "attacks", "HEZBOLLAH")}),
    # killed by assassination; a town raided
    ("Report\nIsrael assassinated Hamas leader Ismail Haniyeh in Tehran.", {("ISR", "attacks", "HAMAS")}),
    ("Report\nIsraeli forces raided Jenin on Monday.", {("ISR", "attacks", "PSE")}),
])
def test_guards_from_the_review_of_this_sessions_rules(text, expected):
    assert all_acts(text) == expected


def test_a_person_named_in_full_then_known_as_a_listed_name_is_that_person():
    acts = triples("Report\nThe RSF leader, Mohammad Hamdan Daglo Mousa, known as Hemedti, met envoys on Monday.")
    assert {s for s, p, o, _ in acts if p == "leads"} == {"mohamed-hamdan-dagalo"}


@pytest.mark.parametrize("text, expected", [
    # the noun's modifier attacks, not the subject of the clause the noun sits in
    ("Report\nGermany condemned Russian attacks on Ukraine.", {("DEU", "condemns", "RUS"), ("RUS", "attacks", "UKR")}),
    ("Report\nMoldova has suffered from Russian strikes on Ukraine.", {("RUS", "attacks", "UKR")}),
    ("Report\nIran called it retaliation for an earlier Israeli strike on an Iranian consulate in Syria.", {("ISR", "attacks", "IRN")}),
])
def test_a_modifier_of_an_attack_noun_is_its_agent(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # meetings told with two words before the noun
    ("Report\nMacron had separate closed meetings with Olaf Scholz and Donald Tusk on Friday.",
     {("emmanuel-macron", "meets_with", "olaf-scholz"), ("emmanuel-macron", "meets_with", "donald-tusk")}),
    # a meeting sought is not held
    ("Report\nRamaphosa has sought a meeting with Emmanuel Macron.", set()),  # (a guard)
])
def test_meetings_with_two_words_before_the_noun(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's act that its text does not tell
    ("US and UK strike Yemen\nA charity ship left Cyprus for Gaza on Tuesday.", {("USA", "attacks", "YEM"), ("GBR", "attacks", "YEM")}),
    # a headline or a sentence that asks tells nothing
    ("How the EU can support the Philippines\nA charity ship left Cyprus for Gaza on Tuesday.", set()),
    ("Report\nWill Russia attack Poland next?", set()),
    # told again in the text by the minister: one statement, the text's
    ("German foreign minister backs Ukraine\nGerman Foreign Minister Annalena Baerbock backed Ukraine on Monday.",
     {("annalena-baerbock", "supports", "UKR")}),
    # the one killed in an attack did not make it
    ("Haniyeh killed in dawn attack on Iran residence\nMourners gathered in Tehran.", set()),
    # a war of trade, or a tug of war, is no fighting
    ("Report\nThe trade war between the US and China deepened in May.", set()),
    ("Report\nIn the end, the tug of war between Petro and Trump amounted to little.", set()),
])
def test_headlines_told_nowhere_else_and_wars_that_are_no_fighting(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title over a standfirst is read as well as the standfirst
    ("Qatar slams Iran attack on US base\nOman calls for calm in the Gulf\nThe Gulf states met in Riyadh on Monday.",
     {("QAT", "condemns", "IRN"), ("IRN", "attacks", "USA")}),
    # a condemnation offered of the attack told before
    ("Report\nIran fired missiles at the Al Udeid Air Base in Qatar on Monday. Qatar has offered its 'strong condemnation' of the attack.",
     {("IRN", "attacks", "QAT"), ("QAT", "condemns", "IRN")}),
    # "hit X over Y" in a headline is in words
    ("The US and Japan hit China over ship ramming\nThe ministers met in Tokyo.", {("USA", "condemns", "CHN"), ("JPN", "condemns", "CHN")}),
    # a state's partners are not the state
    ("Kyiv's partners condemn Russian attack on the grid\nThe ministers met in Vienna.", set()),
    # talks told after "following", and "as a partner" is no new clause
    ("Report\nPresident Joe Biden recognized the UAE as a major defense partner on Monday, following discussions with UAE President Mohamed bin Zayed.",
     {("joe-biden", "supports", "ARE"), ("joe-biden", "meets_with", "mohamed-bin-zayed")}),
    # an agreement reached by the two, or a framework reached
    ("Report\nModi met Xi in Kazan. It follows the two countries reaching an agreement on patrolling.",
     {("narendra-modi", "meets_with", "xi-jinping"), ("narendra-modi", "visits", "RUS"), ("xi-jinping", "visits", "RUS"),
      ("narendra-modi", "signs_agreement_with", "xi-jinping")}),
    ("Report\nThe United States and the European Union have reached a new trade framework.", {("USA", "signs_agreement_with", "EU")}),
])
def test_titles_condemnations_of_the_act_and_agreements_reached(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # tours: where they begin, what they include, where they go next
    ("Report\nMacron began his tour in Morocco, where the king welcomed him.", {("emmanuel-macron", "visits", "MAR")}),
    ("Report\nMacron wrapped up an African tour on Friday that included official visits to Kenya, Ghana and Senegal.",
     {("emmanuel-macron", "visits", "KEN"), ("emmanuel-macron", "visits", "GHA"), ("emmanuel-macron", "visits", "SEN")}),
    ("Report\nMacron next travelled to Dakar on Saturday.", {("emmanuel-macron", "visits", "SEN")}),
    ("Report\nMacron next heads to Dakar.", set()),  # (a guard)
    # an exchange at a dinner, talks on a topic, a word alongside a host
    ("Report\nLula and Narendra Modi briefly interacted at a dinner on Thursday.", {("lula-da-silva", "meets_with", "narendra-modi")}),
    ("Report\nWang Yi held talks on Ukraine with Sergey Lavrov on Monday.", {("wang-yi", "meets_with", "sergei-lavrov")}),
    ("Report\nSpeaking later, alongside Mr Lammy at a news conference in London, Antony Blinken said Iran had sent missiles.",
     {("antony-blinken", "meets_with", "david-lammy"), ("antony-blinken", "visits", "GBR")}),
    # a stance held for as long as it takes is held now
    ("Report\nThe UK will stand with Ukraine for as long as it takes.", {("GBR", "supports", "UKR")}),
    ("Report\nThe UK will stand with Ukraine.", set()),  # (a guard)
    # a court's arrest warrant accuses
    ("Report\nThe ICC issued an arrest warrant for Vladimir Putin in March 2023.", {("ICC", "accuses", "vladimir-putin")}),  # (a guard)
    ("Report\nThe order cites the arrest warrant the ICC issued last year for Benjamin Netanyahu.", {("ICC", "accuses", "benjamin-netanyahu")}),
    # a vow to escalate operations against X threatens X; an invasion of X by its doer
    ("Report\nThe Houthis said they will escalate military operations against Israel.", {("HOUTHIS", "threatens", "ISR")}),
    ("Report\nRussia's invasion of Ukraine entered its fourth year.", {("RUS", "attacks", "UKR")}),
])
def test_tours_exchanges_lasting_stances_warrants_and_invasions(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a quote says was attacked is inside the quote, not its speaker after it
    ("Report\n\"Iran must stop backing Putin's unprovoked, premeditated and barbaric attack against a sovereign state,\" Lammy said.", set()),
    # a bid to join is not yet membership
    ("Report\nStoltenberg spoke of Ukraine's bid to join NATO.", set()),
    # a welcome at a palace no list has is no visit to a state
    ("Report\nSultan Hassanal Bolkiah welcomed Narendra Modi at the Istana Nurul Iman on Wednesday.",
     {("hassanal-bolkiah", "meets_with", "narendra-modi")}),
])
def test_brackets_bids_and_visits_to_unknown_names(text, expected):
    assert all_acts(text) == expected


def test_a_name_in_editorial_brackets_is_one_person():
    acts = triples("Report\n\"The war must end,\" he said of [Russian President Vladimir] Putin's war on Ukraine.")
    assert {s for s, p, o, _ in acts if p == "leads"} == {"vladimir-putin"}


def test_an_act_told_again_without_a_day_is_the_act_dated_before():
    text = ("Report\nUS President Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman to the White House on November 18. "
            "Trump and Prince Mohammed held a bilateral meeting in the Oval Office.")
    meetings = [d for s, p, o, d in triples(text, published=date(2025, 11, 19)) if p == "meets_with"]
    assert meetings == ["2025-11-18"]


def test_an_act_years_before_is_another_act():  # (a guard)
    text = "Report\nNepal and China signed a framework agreement in 2017. Nepal and China signed ten agreements."
    assert sorted(d for s, p, o, d in triples(text, published=date(2024, 12, 5)) if p == "signs_agreement_with") == ["2017", "2024-12-05"]


@pytest.mark.parametrize("text, expected", [
    # a place named, then "one of the areas bombed by X"
    ("Report\nResidents returned to the southern city of Tyre, one of the areas bombed by Israel on Tuesday.", {("ISR", "attacks", "LBN")}),
    # an agreement struck between two (not a strike)
    ("Report\nCalm returned after an agreement struck between Israel and Hezbollah.", {("ISR", "signs_agreement_with", "HEZBOLLAH")}),
    # a collaboration one intends to continue holds now
    ("Report\nFrance said it intends to continue to work in close collaboration with Israel.", {("FRA", "cooperates_with", "ISR")}),
    # "called X's 'storming' of the crossing a 'dangerous escalation'"
    ("Report\nHamas called Israel's \"storming\" of the Rafah border crossing a \"dangerous escalation\".", {("HAMAS", "condemns", "ISR")}),
    # in a country, where one told officials
    ("Report\nBlinken is currently in Israel, where he told officials that aid must flow.", {("antony-blinken", "visits", "ISR")}),
])
def test_places_bombed_agreements_struck_lasting_work_labelled_acts_and_stays(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dated possessive: "Hamas’ Oct. 7, 2023 attack on Israel"
    ("Report\nIsrael seeks the return of all hostages taken in Hamas’ Oct. 7, 2023 attack on Israel.", {("HAMAS", "attacks", "ISR")}),
    # good relations held with others
    ("Report\nHamas has good relations with Iran and Turkey.", {("HAMAS", "cooperates_with", "IRN"), ("HAMAS", "cooperates_with", "TUR")}),
    # a name and its short form in brackets are one mention
    ("Report\nIran and the International Atomic Energy Agency (IAEA) reached an agreement on Tuesday.", {("IRN", "signs_agreement_with", "IAEA")}),
    # Centcom speaks for the United States
    ("Report\nCentcom said its forces struck Houthi targets in Yemen on Monday.", {("USA", "attacks", "HOUTHIS")}),
])
def test_dated_possessives_good_relations_short_forms_and_centcom(text, expected):
    assert all_acts(text) == expected


def test_lao_is_the_demonym_of_laos():
    assert ("sonexay-siphandone", "leads", "LAO") in {(s, p, o) for s, p, o, _ in triples("Report\nLao Prime Minister Sonexay Siphandone spoke on Monday.")}


@pytest.mark.parametrize("text, expected", [
    # the modifier of an attack noun is its agent, whatever follows the noun; owned targets are not attackers
    ("Report\nIsrael said a day after an Israeli attack against Houthi targets that it would strike again.", {("ISR", "attacks", "HOUTHIS")}),  # (a guard)
    # what one claims a raid did is the raid's
    ("Report\nHamas claims 'Israeli raid' killed Ismail Haniyeh.", {("ISR", "attacks", "ismail-haniyeh")}),
    ("Report\nHamas claimed responsibility for the attack on Israel.", set()),  # (a guard)
    # an office's continued operation in a city is no military operation
    ("Report\nThe US told Qatar that the Hamas office’s continued operation in Doha was no longer useful.", set()),
])
def test_attack_nouns_owners_claimed_raids_and_continued_operations(text, expected):
    assert all_acts(text) == expected


def test_a_headline_meeting_with_one_person_is_not_told_by_a_meeting_with_a_colleague():
    text = ("In Beijing, Blinken meets Xi and raises concerns\n"
            "Blinken raised the matter during five hours of talks with China’s top diplomat Wang Yi on Friday.")
    meetings = {(s, o) for s, p, o, _ in triples(text) if p == "meets_with"}
    assert meetings == {("antony-blinken", "wang-yi"), ("antony-blinken", "xi-jinping")}


@pytest.mark.parametrize("text, expected", [
    # "hit X over" a time or a place is a blow; over a matter, words
    ("Report\nRussian drones hit Ukraine over the weekend, officials said.", {("RUS", "attacks", "UKR")}),
    ("Report\nIsrael hit Hezbollah over the past week with dozens of strikes.", {("ISR", "attacks", "HEZBOLLAH")}),
    ("Report\nUkrainian drones hit Russia over the Black Sea on Monday.", {("UKR", "attacks", "RUS")}),
    # "as a" opening a clause with its own subject
    ("Report\nIsrael struck Gaza as a US envoy met Hamas negotiators.", {("ISR", "attacks", "PSE"), ("USA", "meets_with", "HAMAS")}),
    # headlines that announce what is to come, or explain
    ("Modi to visit Russia next week\nThe talks were held in Geneva on Monday.", set()),
    ("Xi heads to Moscow for talks with Putin\nThe talks were held in Geneva on Monday.", set()),
    ("US weighs new sanctions on China\nThe talks were held in Geneva on Monday.", set()),
    ("Explainer: the shadow war between Israel and Iran\nThe talks were held in Geneva on Monday.", set()),
    ("Iran threatens to strike Israel\nThe talks were held in Geneva on Monday.", {("IRN", "threatens", "ISR")}),  # (a guard)
    # an invasion rehearsed, prepared for or warned of is not one
    ("Report\nThe drills simulated China's invasion of Taiwan.", set()),
    ("Report\nJapan is preparing for China's invasion of Taiwan.", set()),
    ("Report\nEstonia warned of Russia's invasion of Lithuania.", set()),
    # the subject of "launched" or "joined" strikes them
    ("Report\nFrance joined American strikes on Islamic State in Syria.", {("FRA", "attacks", "ISIS"), ("USA", "attacks", "ISIS")}),
    # a condemnation withheld, or not agreed, is none
    ("Report\nRussian missiles struck Kyiv on Monday. Hungary withheld condemnation of the attack.", {("RUS", "attacks", "UKR")}),
    # another's forecast of escalation is no threat; relations one used to have are gone; upcoming talks are not yet
    ("Report\nZelensky warned that Russia will intensify attacks against Ukraine.", set()),
    ("Report\nAzerbaijan used to have good relations with Russia.", set()),
    ("Report\nDuring upcoming talks with Iran, the US will raise enrichment.", set()),
])
def test_what_the_review_of_this_sessions_rules_found(text, expected):
    assert all_acts(text) == expected


def test_an_act_told_again_is_a_new_act():
    text = "Report\nModi met Putin in Moscow on February 20. Modi met Putin again, this time in Kazan."
    assert sorted(d for s, p, o, d in triples(text, published=date(2025, 3, 5)) if p == "meets_with") == ["2025-02-20", "2025-03-05"]


@pytest.mark.parametrize("text, expected", [
    # a state's own vow to escalate, told by its official after it, threatens
    ("Report\nHezbollah will expand its attacks on Israel, Naim Qassem said on Sunday.", {("HEZBOLLAH", "threatens", "ISR")}),
    ("Report\nIf talks fail, Russia will step up attacks on Ukraine, the Kremlin warned.", {("RUS", "threatens", "UKR")}),
    # a tour one is due to begin is not yet made
    ("Report\nModi is due to begin his tour in Ghana next week.", set()),
])
def test_vows_to_escalate_and_tours_due(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # hit with sanctions or tariffs is a penalty, not a blow
    ("Report\nThe EU hit Russia with new sanctions over the war.", {("EU", "sanctions", "RUS")}),
    ("Report\nThe US hit China with tariffs over fentanyl.", {("USA", "sanctions", "CHN")}),
    ("Report\nRussian missiles hit Kyiv with devastating force.", {("RUS", "attacks", "UKR")}),  # (a guard)
])
def test_hit_with_penalties(text, expected):
    assert all_acts(text) == expected


def test_a_title_naming_heads_of_state_is_news():  # (a guard)
    assert all_acts("EU heads of state condemn Russia\nThe talks were held in Geneva on Monday.") == {("EU", "condemns", "RUS")}


@pytest.mark.parametrize("text, expected", [
    # summits held with partners, the partners listed after "including"
    ("ASEAN meets\nThe 44th ASEAN Summit opened on Tuesday. The bloc also held summits with dialogue partners, including China, Japan and India.",
     {("ASEAN", "meets_with", "CHN"), ("ASEAN", "meets_with", "JPN"), ("ASEAN", "meets_with", "IND")}),
    # relations elevated with another
    ("Report\nIndia deepened its defence ties with France on Monday.", {("IND", "cooperates_with", "FRA")}),  # (a guard)
])
def test_summits_with_listed_partners_and_ties_deepened(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the comma closes an opening phrase: the name after it is the clause's subject, not the title's holder
    ("Report\nAt a briefing alongside the Moldovan president, Ingrid Halvorsen said the talks were useful.", set()),
    ("Report\nAt a news conference with the Moldovan president, Sunak said the talks were useful.", {("rishi-sunak", "leads", "GBR")}),
    # a closed appositive names the holder (a guard)
    ("Report\nIn a call with the Moldovan president, Ingrid Halvorsen, Sunak praised the reforms.",
     {("ingrid-halvorsen", "leads", "MDA"), ("rishi-sunak", "leads", "GBR")}),
])
def test_a_title_before_the_comma_of_an_opening_phrase_is_not_the_next_name(text, expected):
    assert {(s, p, o) for s, p, o, _ in triples(text) if p in ("leads", "represents")} == expected


def test_a_press_conference_alongside_another_is_a_meeting():
    assert ("rishi-sunak", "meets_with", "MDA") in all_acts("Report\nAt a press conference alongside the Moldovan president, Sunak praised the reforms.")


@pytest.mark.parametrize("text, expected", [
    # a verb joined by "and" shares the first verb's "will"
    ("Report\nBritain will provide a record 4.5 billion pounds ($5.69 billion) and impose new sanctions on Russia.", set()),
    ("Report\nBritain sent aid to Ukraine on Monday and imposed new sanctions on Russia.",
     {("GBR", "provides_aid_to", "UKR"), ("GBR", "sanctions", "RUS")}),  # (a guard)
    # pounds after a sum are money, not blows
    ("Report\nBritain has spent 3 billion pounds on Ukraine.", set()),
    ("Report\nBritain announced 3 billion pounds for Ukraine.", set()),
])
def test_coordinated_verbs_share_their_mood_and_pounds_are_money(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # leaders who agree to deepen cooperation between two others: the two cooperate
    ("Report\nMacron, Scholz and Sandu agreed to deepen cooperation between the European Union and Moldova.",
     {("EU", "cooperates_with", "MDA")}),
    # a meeting with the participation of several: each met the others
    ("Report\nA meeting began in Geneva with the participation of Armenia, France and the United States.",
     {("ARM", "meets_with", "FRA"), ("ARM", "meets_with", "USA"), ("FRA", "meets_with", "USA"),
      ("ARM", "visits", "CHE"), ("FRA", "visits", "CHE"), ("USA", "visits", "CHE")}),
    # a charter or a protocol signed is an agreement
    ("Report\nArmenia and the United States signed a charter on strategic partnership.", {("ARM", "signs_agreement_with", "USA")}),
    ("Report\nRussia signed a protocol with Belarus on Monday.", {("BLR", "signs_agreement_with", "RUS")}),
])
def test_cooperation_between_others_participants_and_charters(text, expected):
    assert {(s, p, o) if p not in ("meets_with", "signs_agreement_with", "cooperates_with") or s < o else (o, p, s)
            for s, p, o in all_acts(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a warning to several against what they do threatens each
    ("Report\nPyongyang on Tuesday warned South Korea and the US against their joint drills.",
     {("PRK", "threatens", "KOR"), ("PRK", "threatens", "USA")}),
    # the antecedent of a closed relative clause acts, even after "group" and "has been actively"
    ("Report\nThe Houthi group, which controls much of northern Yemen, has been actively targeting Israel since 2023.",
     {("HOUTHIS", "attacks", "ISR"), ("HOUTHIS", "occupies", "YEM")}),
    # exchanging fire with another
    ("Report\nIn the months it has been exchanging fire with the Israeli army, Hezbollah lost many fighters.", {("HEZBOLLAH", "attacks", "ISR")}),
    # a barrage unleashed on a state's places
    ("Report\nIn retaliation, Tehran unleashed a barrage of missiles and drones on several Israeli cities.", {("IRN", "attacks", "ISR")}),
    # supporting another with arms supplies them
    ("Report\nThe US supports Taiwan with arms.", {("USA", "supplies_weapons_to", "TWN"), ("USA", "supports", "TWN")}),
    # a deadline or an ultimatum given threatens
    ("Report\nTrump gave Hamas a deadline to release the hostages.", {("donald-trump", "threatens", "HAMAS")}),
    ("Report\nMoscow issued an ultimatum to Chisinau.", {("RUS", "threatens", "MDA")}),
])
def test_warnings_to_several_relative_clauses_fire_exchanged_and_ultimatums(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guests welcomed in a list
    ("Report\nPresident Tokayev welcomed Chinese President Xi Jinping, Russian President Vladimir Putin and other leaders.",
     {("kassym-jomart-tokayev", "meets_with", "xi-jinping"), ("kassym-jomart-tokayev", "meets_with", "vladimir-putin")}),
    ("Report\nNATO welcomed Finland and Sweden as members.", set()),  # (a guard)
    # a meeting whose date remains undecided has not happened
    ("Report\nA date for a Trump-Putin meeting remains undecided.", set()),
    # in a headline-case line a capitalised word after a title is no name
    ("Secretary General Reaffirms Security And Support To Ukraine As Ministers Meet\nThe ministers met on Friday.", set()),
])
def test_guest_lists_undecided_meetings_and_headline_case(text, expected):
    assert all_acts(text) == expected


def test_elected_as_the_head_of_a_body_named_before_the_office():
    assert ("jan-kowalski", "leads", "NATO") in {(s, p, o) for s, p, o, _ in triples("Report\nJan Kowalski was elected the NATO secretary-general on Monday.")}


@pytest.mark.parametrize("text, expected", [
    # trade cut off and airspace closed are penalties
    ("Report\nIn response, Pakistan closed its airspace to Indian airlines and suspended all trade links with New Delhi.", {("PAK", "sanctions", "IND")}),
    # one's killing of another is an attack on them; revenge vowed for a killing does not threaten the one killed
    ("Report\nThe strikes came in the wake of Israel's killing of Hezbollah leader Hassan Nasrallah.", {("ISR", "attacks", "HEZBOLLAH")}),
    ("Report\nIran vowed revenge for the killing of Hamas leader Ismail Haniyeh.", set()),
    # backing what one calls another's right
    ("Report\nThe UK said it supported what it called Israel's right to defend itself.", {("GBR", "supports", "ISR")}),
    # another's strike said to be a violation condemns its author
    ("Report\nQatar said Israel's strike was a blatant violation of Iran's sovereignty.", {("QAT", "condemns", "ISR")}),
    # the targeting or killing of X condemned: X suffered it
    ("Report\nSaudi Arabia expressed condemnation of the military targeting of Iran.", set()),
    ("Report\nEgypt condemned the killing of Hamas leader Ismail Haniyeh.", set()),  # (a guard)
    # a demonym before rebels names those against the state
    ("Report\nTurkey had been supporting Syrian rebel groups.", set()),
    # an agreement signed on a day by two
    ("Report\nThe violence undermines the agreement signed on December 4 by Félix Tshisekedi and Paul Kagame.",
     {("felix-tshisekedi", "signs_agreement_with", "paul-kagame")}),
    # after speaking with another
    ("Report\nIshaq Dar, after speaking with Marco Rubio, said Pakistan would respond.", {("ishaq-dar", "meets_with", "marco-rubio")}),
])
def test_penalties_killings_rights_violations_rebels_and_calls(text, expected):
    assert {(s, p, o) if p not in ("meets_with", "signs_agreement_with") or s < o else (o, p, s) for s, p, o in all_acts(text)} == expected


def test_a_senate_president_and_former_prime_minister_represents_the_state():
    roles = {(s, p, o) for s, p, o, _ in triples("Report\nCambodian Senate president and former prime minister Hun Sen spoke on Friday.")}
    assert roles == {("hun-sen", "represents", "KHM")}


def test_a_lieutenant_general_without_full_stops_is_a_rank_not_a_name():
    roles = {(s, p, o) for s, p, o, _ in triples("Report\nPakistan military spokesperson Lt Gen Ahmad Sharif Chaudhry said the bases were hit.")}
    assert roles == {("ahmad-sharif-chaudhry", "represents", "PAK")}


@pytest.mark.parametrize("text, expected", [
    # strikes on "its" sites: the clause's subject owns what was struck
    ("Report\nIran threatened retaliation for US strikes on its nuclear sites.", {("IRN", "threatens", "USA"), ("USA", "attacks", "IRN")}),
    ("Report\nRussia said Ukrainian drone attacks on its oil refineries continued.", {("UKR", "attacks", "RUS")}),
    # one's bombardment of another
    ("Report\nThe toll rose as a result of Israel's bombardment of Gaza.", {("ISR", "attacks", "PSE")}),
])
def test_strikes_on_the_subjects_own_sites_and_bombardments(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's secretariat is no person
    ("Report\nThe General Secretariat of the OAS strongly condemns Ecuador's raid.", {("OAS", "condemns", "ECU")}),
    # convened with another
    ("Report\nJaishankar convened with German Foreign Minister Annalena Baerbock on Friday.", {("subrahmanyam-jaishankar", "meets_with", "annalena-baerbock")}),
])
def test_a_secretariat_and_convening(text, expected):
    assert all_acts(text) == expected


def test_a_minister_of_national_defense_named_after_the_portfolio():
    roles = {(s, p, o) for s, p, o, _ in triples("Report\nGreece's Minister of National Defense Nikos Dendias spoke on Friday.")}
    assert roles == {("nikos-dendias", "represents", "GRC")}


@pytest.mark.parametrize("text, expected", [
    # a UK government readout calls the British prime minister "the Prime Minister"
    ("PM call with President Zelenskyy: 5 March 2025\nThe Prime Minister spoke to President Zelenskyy about British air defence this afternoon.",
     {("GBR", "meets_with", "volodymyr-zelensky")}),
    ("10 Downing Street\nThe Prime Minister met the Prime Minister of Japan Shigeru Ishiba in Rome today.",
     {("GBR", "meets_with", "shigeru-ishiba"), ("GBR", "visits", "ITA"), ("shigeru-ishiba", "visits", "ITA")}),
    ("Report\nThe Prime Minister spoke to President Zelenskyy this afternoon.", set()),  # (a guard: no voice, no holder)
    # "his US and French counterparts" are the states', not the last person's
    ("Gaza talks: Foreign Secretary's statement\nFinnegan Holt said the Prime Minister has spoken to his US and French counterparts.",
     {("GBR", "meets_with", "USA"), ("GBR", "meets_with", "FRA")}),
])
def test_the_prime_minister_of_a_uk_readout_and_counterparts_of_states(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # attacks carried out at a time by two on cities in a state
    ("Report\nIran condemned the attacks carried out this morning by the United States and the United Kingdom on several cities in Yemen.",
     {("IRN", "condemns", "USA"), ("IRN", "condemns", "GBR"), ("USA", "attacks", "YEM"), ("GBR", "attacks", "YEM")}),
    # no target beyond ", and": a new clause
    ("Report\nThe Iron Dome, with U.S. assistance, intercepted many of the missiles, and no casualties were reported by the Israeli military.", set()),
    # a possessor before a preposition owns a place, not the strike after it
    ("Israel hits Yemen's main airport in air strike against Houthis\nThree people were killed.", {("ISR", "attacks", "YEM"), ("ISR", "attacks", "HOUTHIS")}),
])
def test_attacks_carried_out_by_two_clause_ends_and_possessors(text, expected):
    assert all_acts(text) == expected


def test_mr_prime_minister_is_a_title_not_a_name():
    found = triples("Report\nTusk wrote: “Mr. Prime Minister Netanyahu, Poles showed full solidarity with Israel.”")
    assert not any(s == "prime" or o == "prime" for s, _, o, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Report\nNigeria deployed air and ground forces to help restore order in neighbouring Benin.", {("NGA", "sends_troops_to", "BEN")}),
    ("Report\nECOWAS first threatened the new regime in Niamey with military intervention.", {("ECOWAS", "threatens", "NER")}),
    ("Report\nMali and Guinea, led by military regimes and under ECOWAS sanctions, are unaffected.",
     {("ECOWAS", "sanctions", "MLI"), ("ECOWAS", "sanctions", "GIN")}),
    ("Report\nThe African Union acted on Wednesday, suspending Madagascar following the coup.", {("AU", "sanctions", "MDG")}),
    # "… and reaffirmed its support": the clause's subject, not the last state named
    ("Report\nCuba accused the OAS of serving U.S. interests and reaffirmed its support for Venezuela.",
     {("CUB", "accuses", "OAS"), ("CUB", "supports", "VEN")}),
    # an intrusion into an embassy condemned: the embassy's state suffered it
    ("Report\nThe OAS resolved to condemn the intrusion into the facilities of the Mexican Embassy in Ecuador.", set()),
])
def test_troops_deployed_regimes_threatened_suspensions_and_stances(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # from the review of this round's rules (texts of its own); all but the opposition parties, the avenged
    # killing and the agreement signed on a day guard what the round's rules first got wrong (old code passes them)
    ("Report\nErdogan and Aliyev agreed to strengthen ties between Turkey and Azerbaijan.", {("TUR", "cooperates_with", "AZE")}),
    ("Report\nZelensky welcomed Germany, France and Britain's decision to send air defence.", set()),
    ("Report\nZelensky welcomed Germany, France and Britain to the coalition of the willing.", set()),
    ("Report\nRussia denied the shelling of the hospital and blamed Ukrainian air defence.", {("RUS", "accuses", "UKR")}),
    ("Report\nIsraeli opposition leader Yair Lapid met Marco Rubio in Washington.",
     {("yair-lapid", "meets_with", "marco-rubio"), ("yair-lapid", "visits", "USA")}),
    ("Report\nGeorgian opposition parties met EU envoys in Tbilisi on Monday.", set()),
    ("Report\nThe ICJ gave Israel a one-month deadline to report on its measures.", set()),
    ("Report\nSADC said it had no plans of suspending Zimbabwe following the disputed election.", set()),
    ("Report\nHamas vowed to avenge the killing of Ismail Haniyeh in Tehran.", set()),
    ("Report\nThe agreement was signed on December 4 by Armenia and Azerbaijan.", {("ARM", "signs_agreement_with", "AZE")}),
    ("PM call with President Macron\nPrime Minister Narendra Modi spoke with President Macron today. The Prime Minister condemned Pakistan for the attack.",
     {("narendra-modi", "meets_with", "emmanuel-macron"), ("narendra-modi", "condemns", "PAK")}),
    ("Report\nErdogan met Aliyev in Baku. / Erdoğan Aliyev ile Bakü'de görüştü.\nThe two discussed the corridor.",
     {("recep-tayyip-erdogan", "meets_with", "ilham-aliyev"), ("recep-tayyip-erdogan", "visits", "AZE")}),
])
def test_what_the_review_of_this_rounds_rules_found(text, expected):
    assert all_acts(text) == expected


def test_a_general_of_a_state_represents_it():
    assert ("ahmed-hassan", "represents", "EGY") in {(s, p, o) for s, p, o, _ in triples("Report\nMaj Gen Ahmed Hassan of Egypt met Israeli officials in Cairo.")}


def test_an_appointed_head_of_mission_does_not_lead():
    assert not [t for t in triples("Report\nSir Nigel Casey was appointed the UK head of mission in Kabul.") if t[1] == "leads"]


@pytest.mark.parametrize("text, expected", [
    # two states' teams met, or held talks that were direct, or have been negotiating
    ("Report\nArmenian and Azerbaijani negotiators met in Almaty on Tuesday.",
     {("ARM", "meets_with", "AZE"), ("ARM", "visits", "KAZ"), ("AZE", "visits", "KAZ")}),
    ("Report\nIndia and China held face-to-face talks in Beijing on Monday.", {("IND", "meets_with", "CHN"), ("IND", "visits", "CHN")}),
    ("Report\nTokyo and Washington have been engaged in tariff negotiations for weeks.", {("JPN", "meets_with", "USA")}),
    # talks through mediators are no meeting of the two (a guard)
    ("Report\nIsraeli and Hamas negotiators are holding indirect talks in Cairo.", set()),
    # "affirming X's right to defend itself" backs X; the condemnation before it does not reach X
    ("Report\nCanada condemned the missile barrage and reaffirmed Israel's right to defend itself.", {("CAN", "supports", "ISR")}),
    ("Report\nPoland said it backed what it called \"Ukraine's right to defend itself\".", {("POL", "supports", "UKR")}),
])
def test_teams_that_met_and_rights_affirmed(text, expected):
    assert all_acts(text) == expected


def test_three_at_one_meeting_each_meet_each():
    meetings = {t for t in all_acts("Report\nAt a meeting in Doha on Sunday, Qatar, Egypt and Turkey discussed the truce.") if t[1] == "meets_with"}
    assert meetings == {("QAT", "meets_with", "EGY"), ("QAT", "meets_with", "TUR"), ("EGY", "meets_with", "TUR")}


@pytest.mark.parametrize("text, expected", [
    # "the sides", "their countries": the pair last named, however many
    ("Report\nSerbian and Kosovar negotiators met in Brussels on Monday. The sides agreed to a prisoner exchange.",
     {("SRB", "meets_with", "XKX"), ("SRB", "visits", "BEL"), ("XKX", "visits", "BEL"), ("SRB", "signs_agreement_with", "XKX")}),
    # a meeting that names "the two countries" itself still makes its parties the pair for the next sentence
    ("Report\nLula hosted Boric in Brasilia on Monday, a visit that marked a new chapter between the two countries. "
     "The two countries signed a trade accord.",
     {("lula-da-silva", "meets_with", "gabriel-boric"), ("gabriel-boric", "visits", "BRA"),
      ("lula-da-silva", "signs_agreement_with", "gabriel-boric")}),
    ("Report\nThe summit saw the inking of nine deals between Kenya and Ethiopia.", {("KEN", "signs_agreement_with", "ETH")}),
    # to keep in touch is no signed agreement
    ("Report\nKenya and Ethiopia agreed to stay in close contact.", set()),
])
def test_pairs_named_by_their_countries_and_deals_inked(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # leaders who convened or gathered somewhere for a meeting met, and came there
    ("Report\nModi, Ramaphosa and Lula convened in Rio de Janeiro on Sunday for the BRICS summit.",
     {("narendra-modi", "meets_with", "cyril-ramaphosa"), ("narendra-modi", "meets_with", "lula-da-silva"),
      ("cyril-ramaphosa", "meets_with", "lula-da-silva"), ("narendra-modi", "visits", "BRA"), ("cyril-ramaphosa", "visits", "BRA")}),
    # troops gathered, or a gathering for drills, are no meeting
    ("Report\nArmenia and Azerbaijan gathered troops along the border.", set()),
    ("Report\nRussia and Belarus gathered for joint drills.", set()),
])
def test_leaders_who_convened_or_gathered(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # from the review of this round's rules (texts of its own): six fail on the round's code before its mend; all but
    # "accused the countries of blocking" and "keep communication channels" pass on the code before the round (guards)
    ("Report\nArmenian and Azerbaijani negotiators are holding talks through Russian mediators in Moscow.", set()),
    ("Report\nAt a meeting with Indian officials in Delhi on Monday, Japan, Australia and Canada raised trade concerns.",
     {("JPN", "meets_with", "AUS"), ("JPN", "meets_with", "CAN"), ("JPN", "meets_with", "IND"), ("AUS", "meets_with", "IND"),
      ("CAN", "meets_with", "IND")}),
    # "the countries of the Gulf", "the countries that buy …" are no pair; "accused the countries of blocking" is
    ("Report\nSpain and Portugal held talks in Madrid on Monday. The countries of the Sahel condemned the coup.",
     {("ESP", "meets_with", "PRT"), ("PRT", "visits", "ESP")}),
    ("Report\nSpain and Portugal held talks in Madrid on Monday. Morocco accused the countries of blocking fishing quotas.",
     {("ESP", "meets_with", "PRT"), ("PRT", "visits", "ESP"), ("MAR", "accuses", "ESP"), ("MAR", "accuses", "PRT")}),
    # "X met Y, and the sides signed": X and Y, not the pair named before
    ("Report\nSpain and Portugal held talks in Madrid on Monday. On Tuesday Ruto met Museveni in Kampala, and the sides signed a deal.",
     {("ESP", "meets_with", "PRT"), ("PRT", "visits", "ESP"), ("william-ruto", "meets_with", "yoweri-museveni"), ("william-ruto", "visits", "UGA")}),
    # deals whose inking was delayed or opposed were not signed; a truce kept in place was agreed
    ("Report\nThe inking of the deals between Peru and Chile was postponed.", set()),
    ("Report\nTokyo said it opposed the signing of any deals between Moscow and Pyongyang.", set()),
    ("Report\nSudan and the RSF agreed to keep the truce in place for a month.", {("SDN", "signs_agreement_with", "RSF")}),
    ("Report\nSudan and Chad agreed to keep communication channels open.", set()),
])
def test_what_the_review_of_this_rounds_pair_and_meeting_rules_found(text, expected):
    assert all_acts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # same-wrong cases of the review: two states' leaders who signed; a list after "after talks" with no article
    ("Report\nSerbian and Hungarian ministers signed an energy accord on Friday.", {("SRB", "signs_agreement_with", "HUN")}),
    ("Report\nAfter talks in Nairobi on Monday, Kenya, Uganda and Rwanda discussed the railway.",
     {("KEN", "meets_with", "UGA"), ("KEN", "meets_with", "RWA"), ("UGA", "meets_with", "RWA")}),
])
def test_leaders_who_signed_and_lists_after_talks(text, expected):
    assert all_acts(text) == expected
