"""Article → dated statements: segment, find actors, find relations, date them.

>>> from datetime import date
>>> from kg.model import Article
>>> text = "Allies meet\\nGermany pledged new military aid to Ukraine on Monday."
>>> [(s.subject.id, s.predicate, s.object.id, s.date) for s in extract_article(Article(text, date(2024, 11, 5)))]
[('DEU', 'provides_aid_to', 'UKR', '2024-11-04')]
"""

import hashlib
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations, permutations, product

from kg.actors import ADDRESS, HONORIFIC, POLITICAL_HEADS, REGIONS, TITLE_OF_BEFORE, Gazetteer, Mention, default_gazetteer, new_person
from kg.model import Actor, Article, Statement, cut_date, statement_id
from kg.relations import COOPERATION_BETWEEN_OTHERS, OPENING_PHRASE, PAIR_TEAMS, POSSESSIVE_AFTER, REMEMBERED, TOKEN, TRIGGER_WORDS, Relation, clause_subject, coordinated, find_relations, mask, modality
from kg.segment import segment
from kg.timex import NUMBERS, find_times, read_dateline
from kg.vocabulary import PREDICATES

LEADER_ROLES = re.compile(
    r"^(?:\w+\s+)?(?:president|prime minister|pm|premier|chancellor|taoiseach|king|queen|emir|sultan|supreme leader|leader|ruler|boss|strongman|head of state|chief adviser|general secretary|"
    r"secretary[- ]general|director[- ]general|chair(?:man|woman|person)?)(?:\s+of\s+(?:the\s+)?[A-Z][\w .'’-]*)?$", re.IGNORECASE)  # "prime minister of Haiti"
MILITARY_RANK = re.compile(r"(?:(?:lieutenant|major|brigadier)\s+)?general|(?:lieutenant\s+)?colonel|captain|admiral|(?:field\s+)?marshal|brigadier", re.IGNORECASE)
TOP_COMMANDER = re.compile(r"\b(?:top|chief|supreme|overall)\s+commander\b|\bcommander[- ]in[- ]chief\b", re.IGNORECASE)
# A candidate stands for a party, not for the state; a mayor runs a city; a judge sits on a court.
NOT_FOR_THE_STATE = re.compile(r"\b(?:candidate|nominee|mayor|judge)\b|^(?:former\s+)?(?:chief\s+)?justice(?:\s+of\b.*)?$", re.IGNORECASE)
_ENDED_OBJECT = r"(?:(?!\b(?:was|were|is|are|by|and|as|while|where|after|when|met|said|says|people|civilians|soldiers|workers|activists)\b)[^.;,]){0,60}"
OFFICE_ENDED_BEFORE = re.compile(
    r"(?<!\bto )\b(?:assassinated|killed|ousted|ousting|overthrew|overthrown|overthrowing|toppled|toppling|deposed|deposing|executed|eliminated|eliminating)\b"
    + r"(?:" + _ENDED_OBJECT + r"|[^.;]{0,60}?,\s+including\b[^.;,]{0,40})$"
    + r"|\b(?:assassination|killing|death|execution|funeral|ouster|overthrow|elimination)\s+(?:in\s+\w+\s+(?:(?:last|this)\s+\w+\s+)?)?of\b" + _ENDED_OBJECT + "$"
    + r"|\bamong\s+the\s+dead\b[^.;]{0,90}$", re.IGNORECASE)  # the title is the act's object, not someone in another clause
SPOKESPERSON = re.compile(r"\bspokes|\bdeputy\b|\bvice\b", re.IGNORECASE)
NOT_CURRENT = re.compile(r"\b(?:former|ex-|late|then)\b|-elect\b|\belect\b", re.IGNORECASE)  # "President-elect X" is not in office yet
OPPOSITION = re.compile(r"\bopposition\b", re.IGNORECASE)
THEIR_COUNTERPARTS = re.compile(r"(?:\s*(?:,|and|(?-i:[A-Z])[\w'’-]*))+\s+counterparts?\b")
# A person referred back to; "his wife", "her children" are other people.
PERSON_PRONOUN = re.compile(
    r"\b(?:she|he|him|her|his)\b(?!\s+(?:highness|majesty|excellency|holiness|royal|eminence|country|nation|government|wife|husband|widow|children|family|son|daughter|"
    r"mother|father|brother|sister|relatives|loved ones|friends|supporters|aides|successor|predecessor)\b)", re.IGNORECASE)
# "elected X as prime minister", "appointed X, the new foreign minister": X is a person
NAMED_TO_OFFICE = re.compile(r",?\s+(?:as|to be)?\s*(?:the\s+|its\s+|their\s+)?(?:(?:country|nation)['’]s\s+)?(?:new\s+|next\s+|interim\s+)?(?:prime minister|president|premier|"
                             r"chancellor|speaker|foreign minister|defen[cs]e minister|minister|leader|head of state|head of government)\b", re.IGNORECASE)
COURTESY = re.compile(r"\b(?:(?:(?:His|Her)\s+Excellency|H\.\s?E\.?)\s+(?:(?:President|Prime\s+Minister|Vice\s+President|Minister|Dr|Mr|Mrs|Ms|Prof|Shri|Smt)\.?\s+){1,2}|(?:His|Her)\s+Excellency\s+|(?:Dr|Mr|Mrs|Ms|Mme|Prof|Sheikh|Sir|Dame|Cde|Comrade|Shri|Smt|H\.\s?E|H\.\s?H|HRH|H\.R\.H|Datuk Seri|Tan Sri|Datuk)\.?\s+)$")
OPENS_WITH = re.compile(r"\W*(?:(?:Mr|Mrs|Ms|Dr|Sheikh)\.?\s+)?|[^,;:“”\"⟦]{0,60},\s*")  # what may come before a sentence's subject
WHO_BEFORE = re.compile(r"\bwho\s+(?:\w+\s+)?$")  # "…, who (also) said he"
# "… after his meeting with X": the act of the person named before in the sentence
OWN_ACT = re.compile(r"(?i:his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit|trip|call|conversation|summit)\b")
VISIT_TO_BEFORE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to\s+(?:the\s+)?$", re.IGNORECASE)  # "his (state) visit to ⟨X⟩"
CLAUSE_PRONOUN = re.compile(r"\b(?:as|when|where|while|after|before|because|and|but|(?:said|says|added|insisted|noted|stated)(?:\s+on\s+\w+day)?(?:\s+that)?|(?:agreement|treaty|deal|pact|accord)(?:\s+that)?)\s+(he|she)\s+"
                            r"(?=(?:\w+ly\s+)?(?:[a-z]+ed|had|has|was|is|would|will|could|did|does)\b|and\s+(?:his|her\s+)?(?-i:[A-Z]))")  # "said that he and Putin failed …"
ADMINISTRATION = re.compile(r"['’]s?\s+(?:(?:special|top|chief|personal|peace)\s+)?(?:administration|government|cabinet|envoys?|emissary|negotiators?|representatives?)\b(?!\s+(?-i:[A-Z]))"
                            r"|\s+(?:administration|government|cabinet)\b")  # "the Trump administration", "Trump's envoy met Putin": the state
OWN_COUNTRY = re.compile(r"\b(?:her|his|their|its) (?:country|nation|government)\b", re.IGNORECASE)
GROUP_REFERENCE = re.compile(
    r"^(?:\W*)(?:they|the (?:ministers|officials|leaders|two|ministry|government|allies|diplomats|statement))\b"
    r"|[,”\"’]\s*[”\"’]?,?\s*(?:the (?:joint\s+)?statement|the (?:ministers|leaders|officials|allies)|they)\s+(?:said|added|says|stated|read)\b",
    re.IGNORECASE)
GROUP_SOURCE = re.compile(
    r"\b(?:ministers|officials|leaders|diplomats|envoys|members)\s+(?:from|of)\s+(?:the\s+)?⟦(\d+)⟧"
    r"|⟦(\d+)⟧(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:said|says|confirmed|announced|told|added|reported|stated)\b", re.IGNORECASE)
COSIGNERS = re.compile(r"\b(?:(?:also\s+)?(?:signed|endorsed|joined|backed)|also\s+(?:issued|made|released))\s+(?:by|on behalf of)\s+"
                       r"(?:(?:the\s+)?(?:foreign\s+|defen[cs]e\s+)?(?:ministers|leaders|governments|representatives)\s+(?:from|of)\s+)?((?:(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)", re.IGNORECASE)
# "The two countries were joined by Spain in …", "He was joined by …": company, not a co-signed text
JOINED_NOT_A_TEXT = re.compile(r"^(?:joined|backed)\b", re.IGNORECASE)
SIGNED_TEXT_NOUN = re.compile(r"\b(?:statement|declaration|letter|communiqu[eé]|resolution|appeal|call|text|agreement)\b", re.IGNORECASE)
# "the G7 foreign ministers of Canada, France … and the EU": the group's members, named.
MEMBERS_NAMED = re.compile(
    r"(?:⟦(\d+)⟧|\bthe)\s+(?:foreign\s+|defen[cs]e\s+|finance\s+)?(?:ministers|leaders|members|countries|partners)\s+(?:of|from)\s+"
    r"((?:(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)", re.IGNORECASE)
ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+)?⟦(\d+)⟧", re.IGNORECASE)
# A capitalised name of two or three words with no title before it ("defeated Alexandr Stoianoglo"):
# a person only where a relation needs it, and never a run of institution words.
# (a part after a hyphen may be lower-case: "Kim Moon-soo", "Lai Ching-te")
# (letters with diacritics of Vietnamese, Turkish, Polish … names: "Phạm Minh Chính", "Lương Cường")
NAME_LETTERS = "a-zà-ÿ\u0100-\u017f\u01a0-\u01b0\u1e00-\u1eff"
NAME_WORD = rf"[A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff][{NAME_LETTERS}]+(?:-[A-Z{NAME_LETTERS}][{NAME_LETTERS}]+)?"
# "Patrushev's Latin American tour": a region, not a person
REGION_ADJECTIVE = re.compile(r"(?:Latin|South|North|East|West|Central|Southeast|Northeast|Middle)\s+(?:Americans?|Africans?|Asians?|Europeans?|Eastern)")
BARE_NAME = re.compile(r"(?<![\w’'-])" + NAME_WORD + r"(?: " + NAME_WORD + r"){1,2}(?![\w’'-])")
FUNCTION_WORD = re.compile(r"The|In|On|At|But|And")
# a capitalised abstract noun names a policy or a document, not a person: "Good Governance", "Climate Action"
ABSTRACT_NOUN = re.compile(r"\b\w{3,}(?:ance|ment|tion|sion|ness|ship|ism|ity|acy)\b")
# A longer run of capitalised words: "… Ministry of Foreign Affairs Ismail Baghaei" ends in a name.
CAPITALISED_RUN = re.compile(r"(?<![\w’'-])" + NAME_WORD + r"(?: " + NAME_WORD + r")+(?![\w’'-])")
INSTITUTION_WORDS = re.compile(
    r"\b(?:Commission|Council|Ministry|Minister|Party|Systems?|Union|Agency|Service|Department|Court|Forces|Army|Group|"
    r"Bank|Office|House|Committee|Resources|Agriculture|Health|Advis[eo]r|Security|National|Interior|Justice|Finance|Energy|Education|Trade|Environment|Development|Social|Welfare|"
    r"Labou?r|Transport|Culture|Tourism|Industry|Commerce|Planning|Information|Communications|Assembly|Parliament|University|News|Post|Times|Premium|Conventions?|Organi[sz]ation|"
    r"Republic|Federation|Kingdom|States|Nations|Street|Square|Airport|Region|Oblast|Province|Sea|River|Island|"
    r"President|Prime|Secretary|General|Chancellor|King|Queen|Prince|Pope|Mr|Mrs|Ms|Dr|Professor|Prof|Sir|Dame|Royal|Highness|Majesty|Excellency|The|In|On|At|But|And|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Live|Latest|Breaking|Update|Watch|Rocket|Artillery|Mobility|"
    r"Christmas|Easter|Eid|Ramadan|Hanukkah|Day|Eve|Year|Ministers|Leaders|Foreign|Defen[cs]e|Affairs|Representative|"
    r"Spokesperson|Envoy|Ambassador|Summit|Statement|Declaration|Text|Agreement|Accord|Treaty|Pact|Deal|Act|Plan|Initiative|Operation|"
    r"State|Official|Working|Visit|Visits|Tour|Trip|Talks|Meeting|Conference|Forum|Session|Dialogue|Partnership|Strategy|"
    # regions and features of the map: "the Middle East", "North Ossetia", "Scarborough Shoal"
    r"North|South|East|West|Middle|Northern|Southern|Eastern|Western|Ossetia|Africa|Asia|Europe|Caucasus|Balkans|"
    r"Pacific|Atlantic|Arctic|Gulf|Ocean|Strait|Peninsula|Coast|Shoal|Reef|Strip|Heights|Valley|Desert|Mountains|"
    # buildings and sites: "the Preah Vihear Temple", "Al-Aqsa Mosque"
    r"Temple|Mosque|Church|Cathedral|Monastery|Shrine|Palace|Museum|Stadium|Hotel|Hospital|Site|Base|Bridge|Dam|Tower)\b")
# "the Mihail Kogalniceanu base": a name that names a thing, not a person.
NAMED_THING = re.compile(r"\s+(?:air\s+)?(?:country|nation|state|island|kingdom|republic|base|airport|airfield|port|harbour|street|square|bridge|plant|station|university|"
                         r"hospital|dam|pipeline|refinery|camp|prison|district|region|oblast|"
                         r"missiles?|rockets?|drones?|systems?|jets?|tanks?|launchers?|howitzers?)\b", re.IGNORECASE)
# "… following Iran's attack this week": a phrase that dates another event than the sentence's.
OTHER_EVENT = re.compile(r"\b(?:following|despite|in (?:response|retaliation) (?:to|for)|in the wake of|days? after|weeks? after"
                         r"|since the (?:start|beginning|outbreak|onset) of"
                         r"|since(?=\s+(?:the|his|her|its|their|(?-i:[A-Z]))\w*\s+(?:\w+\s+)?\w+ed\b)"
                         r"|after(?=\s+(?:the\s+two|they|both)\s+(?:\w+ed|held|met|signed|won|began|took|made|struck|fought|sent)\b))\s+[^,;.]{0,80}", re.IGNORECASE)
# "announcing a visit for the May 20 inauguration": the day of the event the noun names
EVENT_DAY = re.compile(r"\b(?:for|ahead of|before|until|attend(?:s|ed|ing)?)\s+the\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\s+"
                       r"(?:[\w-]+\s+)?(?:inauguration|summit|elections?|vote|meeting|deadline|ceremony|talks|parade|swearing-in|runoff|polls?)\b"
                       # "arrives in Italy, before the G7 foreign ministers meeting on Monday": the day of the meeting
                       r"|\b(?:ahead of|before|for)\s+(?:the|a|an|next\s+week['’]s)\s+(?:[\w-]+\s+){0,4}?(?:inauguration|summit|elections?|vote|meeting|ceremony|talks|conference|runoff)"
                       r"\s+(?:on|this|next)\s+\w+", re.IGNORECASE)
# ", which Russia annexed in 2014", ", annexed by Russia in 2014": a relative clause dates its own event.
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;.]{0,80}|,\s+(?:\w+ly\s+)?\w+ed\s+by\s+[^,;.]{0,60}"
                             r"|\b(?:that|which)\s+(?:have|has|had)\s+\w+ed\b[^,;.]{0,80}"  # "the countries that have reduced the acrimony … last year"
                             r"|\b(?:that|which)\s+(?:crashed|happened|occurred|took place|broke out|erupted|sank|exploded|collapsed)\b[^,;.]{0,30}", re.IGNORECASE)  # "the airliner that crashed last week"
# "after last month's attack on X": a time in the possessive dates the attack after it ("in Sunday's runoff" dates the win)
POSSESSIVE_TIME = re.compile(r"\b(?:(?:last|this|past)\s+(?:week|month|year|weekend)|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
                             r"(?:(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|raids?|bombings?|shelling|explosions?|blasts?|incidents?|killings?|assassination|massacre|shooting)\b[^,;.]{0,60}"
                             r"|(?:[\w'’-]+\s+){0,4}?(?:protests?|elections?|polls?|vote|uprising|coup|summit|talks|war|crisis|floods?|earthquake)\b)", re.IGNORECASE)  # "last year's mass protests"
# "The (Russian) attack …", "Russia's strikes": a definite noun for an act, most often one told before.
DEFINITE_NOUN = re.compile(r"(?:\b[Tt]he|\w['’]s?)\s+(?:[“\"]?[\w-]+[”\"]?\s+){0,2}$")
NOUN_ACT = re.compile(r"(?:attacks?|strikes?|airstrikes?|raids?|assault|offensive|invasion|bombardment|shelling|meeting|talks|visit|trip|sanctions)(?:\s+(?:to|with|on|in))?$", re.IGNORECASE)
# In news of the two Koreas, "the North" and "the South" are the states.
KOREA_SHORT = re.compile(r"\bthe (North|South)(?=['’]s?\b|\s+(?-i:[a-z])|[,.;])")
KOREAS = {"PRK", "KOR"}
# An organisation named earlier, referred to by its kind: "the bloc", "the Council".
ORG_REFERENCE = re.compile(r"\b(?:the|The)\s+(bloc|alliance|group|Council|Commission|Parliament|[Cc]ourt)\b(?!\s+(?:of|for|on)\b)")
QUOTE = re.compile(r"[“\"][^”\"]{3,}[”\"]")
# The author of a statement the page is: "EU Statement – …", "Statement by the G7 …", "I speak on behalf of X".
STATEMENT_TITLE = re.compile(r"^\W*(?:(?:the\s+)?(?:joint\s+)?⟦(\d+)⟧(?:['’]s)?\s+(?:(?:joint|official|formal|final|press|leaders['’]?|"
                             r"foreign\s+ministers['’]?|ministerial|ministry|government|council|presidency|spokesperson['’]?s?)\s+){0,3}statement\b|(?:joint\s+)?statement\s+(?:by|of|from)\s+(?:the\s+)?⟦(\d+)⟧)", re.IGNORECASE)
# "Attacks are intensifying: UK statement at the UN Security Council": the title ends with whose statement it is
STATEMENT_TITLE_END = re.compile(r"(?:^|\s)(?:the\s+)?⟦(\d+)⟧(?:['’]s)?\s+(?:(?:joint|official|national)\s+)?statement\s+(?:at|to|in|before)\b()", re.IGNORECASE)
# "Israel rejects South Africa statement at the ICJ": another's statement, answered
ANSWERED_BEFORE = re.compile(r"\b(?:rejects?|rejected|slams?|slammed|critici[sz]\w*|welcomes?|welcomed|backs?|backed|denounc\w*|dismiss\w*|condemns?|condemned|"
                             r"responds?|responded|answers?|on|over|about|against|to|after)\s+(?:the\s+)?$", re.IGNORECASE)
ON_BEHALF = re.compile(r"\b(?:I|we)\s+(?:have the honou?r to\s+|am honou?red to\s+)?(?:speak|deliver this statement|make this statement)\s+on behalf of\s+(?:the\s+)?⟦(\d+)⟧", re.IGNORECASE)
# "the newly elected president-elect": the election's winner
WINNER_REFERENCE = re.compile(r"\bthe\s+(?:(?:newly|new|newly minted|newly elected|incoming)\s+)*(?:president|prime minister|premier)-elect\b", re.IGNORECASE)
# "it rejected the sanctions": their doer is condemned
REJECTED_ACT = re.compile(r"\b(?:reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing))\s+(?:the|these|those|this)\s+(?:new\s+|latest\s+)?(?:sanctions|restrictive measures)\b(?![^.;]*⟦)", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:(?i:we|our|ours|my|me)|us|I)\b")  # "us", not "US"
# After a quote: "…,” [the] (speaker) said" or "…,” said (speaker)".
SAID_AFTER = re.compile(r"[\s,]*(?:(?:said|says|added|stated|wrote|writes|posted|told reporters)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                        r"|(?:the\s+)?(?:[\w-]+\s+){0,3}?quot(?:ed|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)$", re.IGNORECASE)
BETWEEN_QUOTE_AND_SPEAKER = re.compile(r"[\s,]*(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
SAID_BY_SPEAKER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|added|stated|wrote|writes|posted)\b", re.IGNORECASE)
SAID_BEFORE_QUOTE = re.compile(r"\b(?:said|says|added|stated|declared|wrote|told \w+)\s*[:,]?\s*$", re.IGNORECASE)
# A sentence that opens with a bare name needs its verb right after it: "Claudia Sheinbaum won …".
OPENING_NAME = re.compile(r",\s+(?:who|whose|from|of|the|a|an)\s|\s+(?:(?:is|was)\s+(?:the|a|an)\s+|(?:has\s+been\s+|had\s+been\s+|has\s+|had\s+|was\s+|is\s+|also\s+)?(?:(?:re-)?[a-z]+ed|said|says|won|wins|met|meets|told|beat|beats|sent|led|"
                          r"held|took|spoke|left|became|called|urged|signed|visited|thanked|warned|accused|vowed)\b)")
LEADING_MODIFIER = re.compile(r"(?:Incumbent|Outgoing|Incoming|Interim|Acting|Veteran|Caretaker)\s+(?=\S+\s+\S)")
NOT_A_FIRST_NAME = re.compile(r"(?:Several|Some|Many|Most|All|Both|Other|Western|Eastern|Northern|Southern|Central|Local|"
                              r"Senior|Top|Former|New|Military|State|Security|Government|Opposition|Police|Rebel|Al|El|"
                              # a clause opens with a conjunction or preposition: "After Abiy took office"
                              r"After|Before|When|While|Since|Until|Once|As|If|Unless|Although|Though|Because|Despite|"
                              r"Following|Under|With|Without|Like|Unlike|Then|Meanwhile|However|Earlier|Later|Also|Even|Only)\b")
# (not "Washington for talks with Biden": a title has no "with", "in", "and" …)
# "anti-India activities", "pro-Russia parties": a stance towards the state, not the state
STANCE_PREFIX = re.compile(r"\b(?:anti|pro)-$", re.IGNORECASE)
PENALTY_AFTER = re.compile(r"\s+(?:sanctions|restrictive measures|measures|restrictions|tariffs|embargo)\b", re.IGNORECASE)  # "anti-Russian sanctions" are on Russia
ROLE_BETWEEN = re.compile(r"^(?:['’]s)?(?:\s+(?!(?:administration|government|cabinet|with|in|at|after|before|during|while|meeting|talks|summit|visit|call|conference|ceremony|and(?!\s+(?-i:[A-Z]))|as|he|she|they|who|which|that|when|because|said|says|on|to|by|through|his|her|their|its|since|against|meet|met|\w+day|have|has|had|is|are|was|were|been|be|will|would|never|not)\b)[A-Za-z][\w-]*){1,7},?\s+(?:" + ADDRESS + r"\s+)?(?:" + HONORIFIC + r"\s+)?$")
PLURAL_NOUNS = "sides|countries|nations|states|leaders|presidents|prime ministers|(?:foreign |defen[cs]e )?ministers|heads of state|parties|governments|neighbou?rs|allies|delegations|men|juntas"
# "He emphasised that both nations …": a clause reported before the pair's own
REPORTED_THAT = r"(?:[^,;⟦]|⟦\d+⟧){0,40}?\b(?:said|says|emphasi[sz]ed|stressed|noted|added|announced|confirmed|stated)\s+(?:that\s+)?"
# "A, B and C" after an opening phrase that names no actor itself (not "X, A and B": a list is not cut)
OPENING, PAIR_LIST = r"[^,]*?(?<!⟧),\s*", r"(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s+(?:the\s+)?⟦\d+⟧"
FIRST_PAIR = re.compile(r"^(?:(?i:the)\s+(?:[\w-]+\s+){0,2}?(?:of|in|from)\s+|" + OPENING + r")?(?P<pair>" + PAIR_LIST + r")(?=" + PAIR_TEAMS + r",?\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|met|held|spoke|sat|shook|struck|signed|began|took|made|sent|fought|agreed)\b)")
WITH_AFTER = re.compile(r"\s+with\b")
MEETING_FRAME = re.compile(r"\b(?:in|at|during|after)\s+(?:(?:a|an|their|the)\s+(?:(?:\w+|⟦\d+⟧)\s+)?(?:meeting|talks|call|summit|visit)|talks)\b", re.IGNORECASE)
TOGETHER = re.compile(r"^(?:" + REPORTED_THAT + r")?(?:the (?:two|three|four|five)(?:\s+(?:" + PLURAL_NOUNS + r"))?|both(?:\s+(?:" + PLURAL_NOUNS + r"))?|they|the (?:leaders|sides)|(?:" + OPENING + r")?" + PAIR_LIST + r")\s+"
                      r"(?:(?:also|have|had)\s+)?(?:[^.;]{0,60}?\band\s+)?(?P<T>(?:agreed|pledged|vowed|promised|decided|(?:reaffirmed|reiterated|affirmed|expressed)\s+(?:their\s+)?(?:shared\s+)?"
                      r"(?:commitment|resolve|determination|readiness|willingness))\s+(?:on|to)\s+(?:continue\s+to\s+)?(?:further\s+)?(?:work (?:together|closely)|cooperate|deepen|strengthen|elevate|upgrade|expand|enhance|boost|bolster|consolidate|intensify|jointly\s+build)" + COOPERATION_BETWEEN_OTHERS +
                      r"|joined forces|(?:formed|created|set up|established|launched) an? (?:[\w-]+\s+){0,2}?(?:alliance|bloc|confederation|union|coalition))", re.IGNORECASE)
PAIR_ACTS = {"meets_with", "signs_agreement_with", "cooperates_with"}  # after which "the two" are its parties
# The actors last named together: "the two presidents", "these three countries", "both sides" anywhere
# in a sentence; "The two"/"Both" with no noun only opening one, before a verb (not "Two days later").
# "their countries", "the sides": however many were named
PLURAL_REFERENCE = re.compile(r"\b(?:(?:the|these|those|all|their)\s+(?P<n>two|three|four|five)\s+(?:" + PLURAL_NOUNS + r")|both\s+(?:" + PLURAL_NOUNS + r")"
                              r"|(?:the|their)\s+(?P<bare>countries|nations|sides)\b(?!\s+(?:of(?!\s+\w+ing\b)|that|which|who|in|from|along|bordering|near|around|across)\b))\b", re.IGNORECASE)
PLURAL_SUBJECT = re.compile(r"^\W*(?:the\s+(?P<n>two|three|four|five)|both)\s+(?:(?:have|had|also|then|later|jointly|again)\s+)*"
                            r"(?!(?:were|are|was|is|been|being)\b)[a-z]+\b", re.IGNORECASE)
# "The group …", "The militants …": the armed group last named
GROUP_ANAPHOR = re.compile(r"^\W*the\s+(?:(?:militant|armed|rebel|islamist|jihadist|paramilitary|[\w]+-backed)\s+){0,2}"
                           r"(?:group|militia|militants|rebels|insurgents|movement|fighters)\s+(?!(?:of|in|from)\b)", re.IGNORECASE)
# "The country has also expelled …": the state named first in the last sentence that named one
GATHERING = re.compile(r"\b(?:summit|sidelines|conference|forum|general assembly)\b", re.IGNORECASE)  # met elsewhere, at a gathering
VISITING_LEADER = re.compile(r"(?:['’]s)?\s+(?:leader|president|prime minister|premier|king|emir|sultan|delegation|foreign minister|head of state)\b", re.IGNORECASE)
HOSTING = re.compile(r"host(?:s|ed|ing)?\b|receiv(?:e|es|ed|ing)\b", re.IGNORECASE)  # a host's own country is where the guest came
REMOTE = re.compile(r"\b(?:phone|telephone|video|virtual(?:ly)?|online|by call|call)\b", re.IGNORECASE)
TO_COME_BEFORE = re.compile(r"\b(?:will|due to|set to|expected to|scheduled to)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
HOST_WELCOMING = re.compile(r"\s+(?:\w+ly\s+)?(?:welcomed|welcomes|hailed|hails|celebrated)\b", re.IGNORECASE)
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|near|from)\s+(?:the\s+)?(?:(?:capital|city|port|town)\s+(?:of\s+)?)?$", re.IGNORECASE)
# the state a visit goes to, named before: "… in Ankara during X's first visit to the country"
COUNTRY_VISITED = re.compile(r"\b(?:visit(?:s|ed|ing)?|trip|tour|travel(?:s|led|ed|ling|ing)?|arriv(?:e|es|ed|ing|al))\s+(?:to|in)\s+(the\s+(?:country|kingdom|nation|island nation))\b(?!\s+(?:of|since)\b)", re.IGNORECASE)
STATE_ANAPHOR = re.compile(r"^\W*the\s+(?:country|nation|kingdom)\s+(?!(?:of|in|from)\b)", re.IGNORECASE)
# "… after the two struck a deal", "The two signed a treaty": the last pair named signed with each other
PAIR_SIGNED = re.compile(r"(?:\b(?P<two>the two|both)(?:\s+(?:" + PLURAL_NOUNS + r"))?|^(?:[^,⟦]{0,40},\s*)?\W*(?P<they>they|the leaders|the sides)|\b(?P<three>(?:all|the) three)(?:\s+(?:" + PLURAL_NOUNS + r"))?)\s+"
                         r"(?:(?:have|had|then|also|finally|formally|later)\s+)*(?P<T>signed|inked|struck|reached|reaching|sealed|clinched|concluded)\s+(?:an?\s+|the\s+|their\s+)?"
                         r"(?:(?:[\w“”\"‘’.-]+|[“”\"‘]?⟦\d+⟧[\w-]*)\s+){0,4}?(?:(?:agreements?|treat(?:y|ies)|deals?|pacts?|accords?|declarations?|documents?|memorand(?:um|a)|mous?|truce|ceasefire|charter|protocols?|frameworks?|(?:joint )?statements?)\b"
                         r"|[“\"‘]⟦\d+⟧[”\"’])", re.IGNORECASE)
# "Four memoranda of understanding were signed": in a sentence that names no one, the last pair named signed them
NO_SIGNING = re.compile(r"^\W*no\b|\bno\s+(?:[\w-]+\s+)?(?:agreements?|deals?|documents?|accords?|treat(?:y|ies))\b", re.IGNORECASE)
EARLIER_TIME = re.compile(r"[^,;.]{0,40}?\b(?:(?:in|during)\s+(?:19|20)\d\d|last year|years ago|previously)\b", re.IGNORECASE)  # "… was signed in 2015"
PAIR_SIGNED_PASSIVE = re.compile(r"^[^⟦]{0,60}?\b(?:agreements?|memorand(?:um|a)(?: of understanding)?|mous?|deals?|documents?|accords?|treat(?:y|ies)|protocols?)\b"
                                 r"(?:\s+\([^)⟦]*\))?\s+(?:were|was|have been|had been|are|is)\s+(?:also\s+)?(?P<T>signed|inked|exchanged)\b(?![^⟦]*⟦)", re.IGNORECASE)
# "… following talks mediated by Qatar and Turkey", after the parties named as a pair
SERIAL_COMMA = re.compile(r"(?:^\W*|,\s+)(?:the\s+)?⟦\d+⟧(,)\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟦", re.IGNORECASE)
FROM_AFTER = re.compile(r"\s+(?:immediately\s+)?from\b", re.IGNORECASE)  # "withdrew from …" (not "withdrew its ambassador")
REJECTED_TALKS = re.compile(r"\b(?:rejected|refused|boycotted|pulled out of|walked out of|snubbed)\b", re.IGNORECASE)
OPENING_BEFORE_LIST = re.compile(r"\W*|[^⟦,;]{0,80},\s*")  # "In a breakthrough, A and B …"
MEDIATED_BY = re.compile(r"\b(?:talks|negotiations|discussions|dialogue|meetings?)\s+(?P<T>mediated|brokered|facilitated)\s+by\s+(?:the\s+)?⟦(?P<who>\d+)⟧", re.IGNORECASE)
# "attended a meeting with X, hosted by Z": the host met the guests
HOSTED_MEETING = re.compile(r"\b(?:meeting|talks|summit|negotiations|consultations|dinner|banquet|luncheon|conference)\b[^;]{0,160}?\b(?P<T>hosted|chaired|convened)\s+by\s+"
                            r"(?:the\s+)?(?:[\w-]+\s+){0,2}?⟦(?P<host>\d+)⟧", re.IGNORECASE)
# "The Ukraine Recovery Conference, hosted by …", "the Russia-Africa summit": a name in the event's title
EVENT_NAME_AFTER = re.compile(r"(?:\s*[-–]\s*⟦\d+⟧|\s*[-–]?\s*(?-i:[A-Z])[\w'’-]*)*\s*(?:meeting|talks|summit|conference|forum|contact group|dialogue)\b", re.IGNORECASE)
NOT_A_GUEST = re.compile(r"\b(?:in|at|from|near|to|of|on|over|against|for|about)\s+(?:the\s+)?$", re.IGNORECASE)  # "in Washington", "of Qatar"
# "a ceasefire between Israel and Lebanese armed group Hezbollah has …": the pair the sentence names
BETWEEN_PAIR = re.compile(r"\bbetween\s+(?:the\s+)?⟦(\d+)⟧\s+and\s+(?:(?:[a-z][\w-]*|⟦\d+⟧|(?-i:[A-Z])[\w-]*)\s+){0,4}⟦(\d+)⟧(?=,?\s+(?:has|have|had|was|were|is|are|after|when|as|following|took|came|began|held|[a-z]+ed)\b|,\s+(?:both|the two)\b)")
# "Both sides continue exchanging fire": the last pair named fight each other.
MUTUAL_FIRE = re.compile(r"\b(?:both sides|the two sides|both (?:countries|nations|armies|militaries)|the two (?:countries|nations|armies|militaries|neighbours|neighbors))\s+"
                         r"(?:(?:have|had|been|were|are|was|is|also|again|reportedly|continue[sd]?|continuing|kept|keep)\s+){0,3}(?:to\s+)?"
                         r"(?:(?:exchang|trad)(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?fire|clash(?:ed|es|ing)?|fought|fighting|(?:remain(?:ed|s)?|were|are)\s+locked in)\b",
                         re.IGNORECASE)
JOINED_MEETING = re.compile(r"\b(?:meeting|talks|summit|session|call)\s+(?:was|were|had been)\s+(?:also\s+)?(?:joined|attended)\s+by\s+(?:the\s+)?⟦(\d+)⟧", re.IGNORECASE)
# "Iranian FM Araghchi said in Beirut": a foreign official speaking in a country is visiting it.
# "Speaking on Sunday at a forum in the Saudi capital, X said": X was there
SPOKE_IN_OPENING = re.compile(r"^\W*(?P<T>speaking|addressing\s+(?:[\w-]+\s+){1,4}?)\s*(?:(?:on\s+)?\w+day\s+)?(?:(?:at|to|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?in\s+(?:the\s+)?⟦(?P<where>\d+)⟧(?:\s+capital)?[^⟦]{0,40}?,\s+(?:[A-Z][\w-]*\s+){0,3}⟦(?P<who>\d+)⟧", re.IGNORECASE)
# "Travelling to Kenya on Monday, X met …", "Arriving in Canberra, X …", "In Beijing for talks, X …": X was there
ARRIVED_OPENING = re.compile(r"^\W*(?P<T>(?:travell?ing|flying|heading)\s+(?:on\s+)?to|(?:arriving|landing)\s+in|in)\s+(?:the\s+)?⟦(?P<where>\d+)⟧"
                             r"(?:\s+capital)?[^⟦,;]{0,40}?,\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}⟦(?P<who>\d+)⟧", re.IGNORECASE)
# "Speaking at a joint news conference with X, Y said …", "Standing alongside X, Y …": Y met X
BESIDE_OPENING = re.compile(r"^\W*(?P<T>(?:speaking|appearing|standing)(?:\s+(?:earlier|later|(?:on\s+)?\w+day))?,?\s+(?:(?:at|during|in)\s+(?:a|an|the)\s+(?:joint\s+)?(?:press|news)\s+conference\s+with|alongside|next\s+to|beside))"
                            r"\s+(?:(?-i:[A-Z])[\w-]*\s+|his\s+|her\s+){0,3}?⟦(?P<with>\d+)⟧(?:[^⟦,;]|⟦\d+⟧){0,40}?,\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}⟦(?P<who>\d+)⟧", re.IGNORECASE)
SPOKE_IN = re.compile(r"⟦(\d+)⟧,?\s+(?:also\s+)?(?:said|says|told reporters|spoke|speaking|made\s+(?:the|his|her|these|those)\s+(?:remarks?|comments?)|announced\s+(?:[\w-]+\s+){1,3}?)\s*"
                      r"(?:(?:on\s+)?\w+day\s+|on\s+[\w ,]{3,25}?,?\s+)?"
                      r"(?:(?:at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|rally|event|summit|meeting|forum|ceremony|gathering)\s+)?in\s+(?:the\s+)?⟦(\d+)⟧", re.IGNORECASE)
HELD_BY = re.compile(r"\b(?:it|the (?:post|position|presidency|role|chair|seat))\s+(?:was|is|had been|has been)\s+(?:previously\s+)?held\s+by\s+(?:the\s+)?⟦(\d+)⟧", re.IGNORECASE)
# A compound that makes an actor a modifier: "US-made", "Tehran-backed", "Israeli-occupied".
COMPOUND_WORDS = (r"made|built|supplied|produced|manufactured|designed|backed|led|funded|sponsored|brokered|"
                  r"controlled|occupied|annexed|allied|friendly|aligned|held|armed|supported")
COMPOUND = re.compile(r"-(?:" + COMPOUND_WORDS + r")$")
MADE_IN = re.compile(r"-(?:" + COMPOUND_WORDS + r")\b")
# "Polish airspace", "Ukrainian territory": the actor owns the place, it does not act there.
TERRITORY = re.compile(r"\s+(?:air\s*space|territor(?:y|ies)|territorial waters|waters|soil)\b", re.IGNORECASE)
CONGRATULATIONS_FROM = re.compile(r"\b(?P<T>[Cc]ongratulations|[Cc]ongratulatory\s+(?:messages?|calls?|notes?)|[Ff]elicitations)\s+(?:(?:also\s+)?(?:came|poured|flowed|arrived)\s+(?:in\s+)?)?from\s+"
                                  r"(?P<who>(?:(?:the\s+)?(?:(?:his|her|their)\s+counterparts?\s+(?:in|from|of)\s+⟦\d+⟧,\s+)?(?:⟦\d+⟧\s+(?:[a-z][\w-]*\s+){1,2})?(?:[\w'’-]+\s+){0,3}?⟦\d+⟧(?:\s*,\s*|\s*,?\s+and\s+|\s+as\s+well\s+as\s+)?)+)")
COUNTERPART_IN = re.compile(r"counterparts?\s+(?:in|from|of)\s+⟦(\d+)⟧,")  # "his counterpart in [Guinea-Bissau], President X": X sends
BACKED = re.compile(r"⟦(?P<sponsor>\d+)⟧\s*-\s*(?P<T>backed|supported|sponsored|funded)\s+(?:(?:militant|armed|rebel|Islamist|Shiite|Shia|paramilitary)\s+)?(?:(?:group|militia|movement|faction)\s+)?⟦(?P<client>\d+)⟧")
SPONSOR_COMPOUND = re.compile(r"-(?:backed|funded|sponsored|armed|supported|allied|aligned|made|built|supplied|produced|manufactured|designed|brokered|"
                              r"controlled|run|dominated|ruled)\b")
MET_IN = re.compile(r"\s+(?:(?:meeting|meetings|talks)\s+)?(?:(?:on|last|this|in)\s+\w+\s+)?(?:in|at)\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w'’-]+)\s+(?:(?:port|coastal|resort|border|southern|northern|eastern|western)\s+)?(?:city|capital|town)\s+of\s+)?$"
                    r"|\s+(?:at|during|on the sidelines of)\s+(?:a|an|the)\s+(?:[\w'’()-]+\s+){0,8}?in\s+(?:the\s+)?$"  # "at a military parade in Beijing"
                    r"|\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,4}?(?:agreements?|treaty|treaties|deals?|pacts?|accords?|memorand(?:um|a)|declarations?|documents)"
                    r"\s+(?:on\s+\w+day\s+)?(?:in|at)\s+(?:the\s+)?$")  # "signed a partnership treaty in Moscow"
PLACE_TITLE_BETWEEN = re.compile(r"['’]s\s+(?:[\w.-]+\s+){1,3}")  # "Hawaii's Gov. [Josh Green]"
PERSONS_PERSON = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:minister|envoy|ambassador|officials?|aides?|allies|son|daughter|wife|husband|family|adviser|spokes\w+|chief|commander|general|deputy)\b", re.IGNORECASE)
TERRITORY_ID = re.compile(r"[A-Z]{3}")  # Hong Kong, Greenland: territories that act
VISITED_VERB = re.compile(r"visit(?:ed|s)?", re.IGNORECASE)
# "met … at a South Korean air base": a place of the state the demonym names
AT_A_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:at|in)\s+(?:a|an|the)\s+(?:(?:remote|military|small|northern|southern|eastern|western|coastal)\s+)?")
PLACE_NOUN_AFTER = re.compile(r"\s+(?:(?:air|naval|military|port|border|resort|coastal)\s+)?(?:air base|base|city|port|town|resort|village|island|palace)\b(?![\w\s-]{0,20}\b(?:in|near|outside)\s)")
# Words that put the actor mention right after them in a place: "in the Russian region of Kursk", "near Pokrovsk".
PLACE_LEAD = re.compile(
    r"\b(?:in|into|near|at|outside|around|over)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?"
    r"(?:(?:region|province|oblast|city|town|village|port|capital|district)\s+of\s+)?$")
UNLISTED_PLACE = re.compile(
    r"\b(?:in|into|near|at|outside|around)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:region|province|oblast|city|town|village|port|district)"
    r"\s+of\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
    r"|\b(?:in|into|near|at|outside|around)\s+(?:the\s+|[A-Z][\w]+['’]s\s+)?([A-Z][\w'’-]+)\s+(?:region|province|oblast)\b"
    r"|\bnear\s+(?:the\s+(?:town|city|village)\s+of\s+)?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})")
# "X condemned the attack.": the attack the article told last, by its attacker
CONDEMNED_ACT = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|(?:(?:strong(?:est)?|firm|unequivocal)\s+)?condemnation[”\"’']?\s+of)\s+"
                           r"(?:the|this|these|that|those|(?:today|yesterday)['’]s)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:attacks?|strikes?|airstrikes?|assault|bombing|raids?|shelling|invasion|incident|massacre|killings?)\b(?![^.;]*⟦)", re.IGNORECASE)
# "a raid killed Hamas leader X": a leader struck in deed, not "attacked" in words
LETHAL = re.compile(r"\b(?:kill(?:s|ed|ing)?|assassinat\w*|raids?|strikes?|airstrikes?|struck|bomb\w*|shot)\b", re.IGNORECASE)
# "Russia expressed deep regret over the latest airstrikes", "X was horrified by the attack": concern about the attacker
CONCERN_OVER_ACT = re.compile(r"\b(?:express(?:es|ed|ing)?\s+(?:[“\"]?(?:deep|grave|serious|great|profound)\s+)?(?:concern|regret|alarm|dismay|shock)[”\"]?\s+(?:over|about|at)"
                              r"|(?:is|was|were|are)\s+[“\"]?(?:horrified|alarmed|appalled|shocked|dismayed)[”\"]?\s+(?:by|at))\s+"
                              r"(?:the|this|these|that|those)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:attacks?|strikes?|airstrikes?|assault|bombing|raids?|shelling|invasion|escalation|killings?)\b(?!\s+(?:on|by|against|in|of|from)\b[^.;]{0,40}⟦)", re.IGNORECASE)
# "Trinidad and Tobago's prime minister praised the strike": the attacker is backed
PRAISED_ACT = re.compile(r"(?<!\bnot )(?<!\bnever )(?<!n't )\b(?:prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?)\s+"
                         r"(?:the|this|these|that|those)\s+(?:(?:military|air|missile|drone|precision|retaliatory|US|Israeli|American)\s+)?(?:attacks?|strikes?|airstrikes?|raids?)\b(?![^.;]*⟦)", re.IGNORECASE)
# "Afghanistan labels it a violation": an act told just before ("it", "this") or named again ("the strikes"),
# branded by the critic; its doer is condemned
LABELLED_ACT = re.compile(
    r"\b(?:call|label|brand|describ|characteri[sz]|term|dub)\w*\s+(?:(?P<pronoun>it|this|that|them)|(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?|airstrikes?|raids?|incursions?|shelling|bombing|bombardment|assault|offensive|invasion))\s+(?:as\s+)?(?:an?\s+|the\s+)?"
    r"[“”\"‘’']?(?:[\w“”\"‘’'-]+\s+){0,3}?(?:violation|provocation|aggression|act of (?:war|aggression|terror(?:ism)?)|war crimes?|crimes?|terrorism|"
    r"terrorist attack|escalation|atrocity|massacre|breach|barbaric|unacceptable|depraved|horrific|heinous|despicable|cowardly|abhorrent|"
    r"appalling|outrageous|monstrous|genocide|brutal)\b", re.IGNORECASE)
# "Iran threatened retaliation for US strikes on its nuclear sites": the clause's subject owns what was struck
STRUCK_ITS_OWN = re.compile(r"⟦(\d+)⟧(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:(?:air\s?|missile |drone )?strikes?|attacks?|raids?|bombardment|shelling|bombing)\s+(?:on|against|at)\s+"
                            r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:sites?|facilities|territory|soil|positions|bases?|forces|troops|cities|towns|infrastructure|ships?|vessels?|embassy|consulate|capital|homeland|airports?|airfields?|ports?|refiner(?:y|ies)|depots?|plants?)\b", re.IGNORECASE)
# "…, vowing retaliation": the one struck just before threatens its attacker, or the doer of an attack the sentence names
ATTACK_OWNER = re.compile(r"⟦(\d+)⟧['’]s?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrage|assault|offensive|bombardment|aggression|invasion)\b", re.IGNORECASE)
VOWED_RETALIATION = re.compile(
    r"\b(?:vow|pledg|promis|threaten)\w*\s+(?:to\s+)?(?:an?\s+)?[“”\"‘’']?(?:retaliat\w*|revenge|avenge|reprisals?|"
    r"(?:befitting|strong|harsh|firm|decisive|crushing|swift|forceful|severe|tough|fitting|resolute)\s+(?:reply|response))\b(?![^.;]*⟦)"
    r"|\b(?:has|have|had|reserves?|reserved)\s+(?:every|the|its|a|all)\s+(?:full\s+|legitimate\s+)?right\s+to\s+(?:respond|retaliate|hit back)\b(?![^.;]*⟦)", re.IGNORECASE)  # "has every right to respond"
# "The sanctions target X", "The strikes hit X": acts of the kind the entry told last, by the same doer
ACT_AGAIN = re.compile(r"^\W*(?:The|These|Those|Such)\s+(?:[\w-]+\s+){0,2}?(?:(?P<sanctions>sanctions|measures)|"
                       r"(?P<attacks>strikes|airstrikes|air strikes|attacks|raids|bombardment|shelling))\b")
# "a joint press conference by A, B and C": each met each
JOINT_MEETING = re.compile(r"\b(?:joint|trilateral|three-way|four-way)\s+(?:press\s+|news\s+)?(?:conference|talks|meeting|summit)\s+"
                           r"(?:by|of|between|with|held by)\s+(?:the\s+)?⟦(\d+)⟧"
                           # "the summit brought together the leaders of A, B and C"
                           r"|\b(?:meeting|summit|talks|event|conference|gathering|session|ceremony)\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){0,3}?(?:brought|brings|bringing|will bring)\s+together\s+"
                           r"(?:the\s+)?(?:(?:leaders|heads of (?:state|government)|presidents|ministers|foreign ministers|representatives|delegations|officials)\s+(?:of|from)\s+(?:the\s+)?)?⟦(\d+)⟧"
                           # "A and B said at a joint media briefing"
                           r"|⟦(\d+)⟧\s+(?:(?:[\w-]+)\s+){0,2}?(?:said|told reporters|spoke|appeared|announced|answered questions)\s+(?:(?:on\s+)?\w+day\s+)?(?:at|during)\s+(?:a|an|their)\s+"
                           r"(?:[\w-]+\s+)?joint\s+(?:press|news|media)\s+(?:conference|briefing|appearance|event)\b", re.IGNORECASE)
# "Egypt, Qatar and Turkey joined X in signing": they signed with each other too
JOINED_SIGNING = re.compile(r"⟦(\d+)⟧\s+(?:(?:also|later|then)\s+)?(?P<T>join(?:s|ed)?)\s+(?:the\s+)?⟦\d+⟧\s+in\s+(?:co-?)?sign(?:ing)?\b", re.IGNORECASE)
HELD = re.compile(r"-(?:held|controlled|run|occupied)\b")
VISITING = re.compile(r"visiting", re.IGNORECASE)
VISITING_AS_VERB = re.compile(r"(?:\b(?:after|before|while|by|since|when|is|was|are|were|be|been|of|for)|,|^)\s*$", re.IGNORECASE)
BASED = re.compile(r"-based\b", re.IGNORECASE)
COUNTERPARTS = re.compile(r"\bcounterparts\b", re.IGNORECASE)
COUNTERPART = re.compile(r"\bcounterpart\b", re.IGNORECASE)
OWN_TITLE = re.compile(r"['’]s?\s*$")
# An election report: who won, who lost, and on which day the vote was.
ELECTION_WORD = re.compile(r"\b(?:elections?|electoral|vote|voting|run-?offs?|polls?|ballot|presidency|race)\b", re.IGNORECASE)
WON = re.compile(r"\b(?:won|wins)\b(?!\s+(?:[\d.,]+\s*(?:%|percent|per cent)|(?:the\s+)?(?:support|backing|approval)\b))"
                 r"|\bemerged\s+(?:as\s+)?(?:the\s+)?(?:victorious|winner)\b|\b(?:was|been|is|were)\s+(?:re-?)?elected\b"
                 r"|\b(?:secured|claimed|clinched)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:victory|win|re-?election|term)\b|\bdeclared\s+(?:the\s+)?winner\b"
                 r"|\b(?:came|finished|placed)\s+first\b|\b(?:won|took|secured|got|received)\s+[\d.,]+\s*(?:%|per\s?cent|percent|seats)[^.;]{0,40}?\bahead\s+of\b|\btopped\s+the\s+(?:[\w-]+\s+)?(?:poll|vote|election|ballot|race)\b"
                 r"|\b(?:is|was|as)\s+the\s+(?:clear|outright|overall|biggest)\s+winner\b", re.IGNORECASE)
# "Y conceded defeat", "Y, who received 44%", "In second place was Y", "his main rival, Y": a candidate who lost
LOST = re.compile(r"\b(?:conceded|concedes|admitted|admits|accepted|accepts)\s+(?:his\s+|her\s+|their\s+)?defeat\b"
                  r"|\blost\s+(?:the|his|her|a)\s+(?:[\w-]+\s+){0,2}?(?:election|race|vote|run-?off|ballot|bid)\b"
                  r"|\b(?:came|finished|placed|ended)\s+(?:in\s+)?(?:a\s+)?(?:distant\s+|close\s+)?(?:second|third|fourth)\b"
                  r"|\b(?:received|obtained|garnered|got|polled|secured|won|took|failed with|trailed with)\s+(?:a total of\s+|only\s+|just\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+|(?:less|fewer|more)\s+than\s+|under\s+|over\s+)?"
                  r"[\d.,]+\s*(?:%|percent\b|per cent\b|(?:million\s+)?votes\b)"
                  r"|\b(?:had|won|took|secured|got)\s+(?:only\s+|just\s+)?\d+\s+seats\b", re.IGNORECASE)
# "one ahead of Y on 38 seats", "a 2,300-vote lead over Y": a party or candidate behind the one named before
BEHIND = re.compile(r"\b(?:ahead\s+of|lead\s+over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?⟦(\d+)⟧(?:['’]s\s+(?:(?:[\w-]+|\w+-⟦\d+⟧)\s+){0,2}?⟦(\d+)⟧)?", re.IGNORECASE)
VOTE_COUNT = re.compile(r"\d\s*(?:%|percent\b|per cent\b|seats\b)|\d-vote\b", re.IGNORECASE)
# a party is named by its head word (POLITICAL_HEADS) or a lower-case "party" after the name
PARTY_AFTER = re.compile(r"\s*(?:\([^()]{1,10}\)\s*)?party\b")
PARTY_LEADER = re.compile(r"⟦(?P<p>\d+)⟧(?:\s*\([^()]{1,10}\))?(?:\s+party)?(?:,?\s+and\s+its\s+leader,?|,?\s+led\s+by|['’]s?\s+leader|\s+(?:party\s+)?leader|\s+of)"
                          r"\s+(?:(?:the\s+)?(?:former|outgoing|incumbent|acting|interim|current)\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}?⟦(?P<x>\d+)⟧"
                          r"|⟦(?P<x2>\d+)⟧['’]s?\s+(?:(?:[\w-]+\s+|(?:pro|anti)-⟦\d+⟧\s+){0,2}?)⟦(?P<p2>\d+)⟧", re.IGNORECASE)  # "Igor Dodon's pro-Russian Patriotic Bloc"
SECOND_PLACE = re.compile(r"\b(?:in\s+second\s+place\s+(?:was|is|came|were)|runner-up)\b[^⟦;]{0,80}?⟦(\d+)⟧", re.IGNORECASE)
OPPONENT = re.compile(r"⟦(\d+)⟧(?:['’]s)?\s+(?:(?:main|closest|nearest|chief|leading|top)\s+)?(?:opponent|rival|challenger),?\s+"
                      r"(?:(?:the\s+)?(?:incumbent|outgoing|former|conservative|liberal|ruling|opposition|[a-z][\w-]*)\s+){0,3}⟦(\d+)⟧", re.IGNORECASE)
# "Saturday's election", "the election held on Sunday", "in Sunday's runoff" (not the first round's)
ELECTION_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:elections?|vote|run-?off|polls?|ballot)\b", re.IGNORECASE)
ELECTION_BEFORE = re.compile(r"\b(?:elections?|vote|voting|run-?off|polls?|ballot)\b[^.;,]{0,40}?\b(?:held\s+)?on\s+$", re.IGNORECASE)
FIRST_ROUND = re.compile(r"\bfirst\s+round\b", re.IGNORECASE)
ROLE_PREDICATES = {"represents", "leads"}
PLACE_PREDICATES = {"occupies"}  # whose object is the place itself
STATEMENT_PREDICATES = {"condemns", "supports", "accuses", "concerned_about", "threatens"}
REACTIONS = STATEMENT_PREDICATES - {"supports"}  # told undated, most often the day after the act
# what a person does not do to the state they act for (criticising one's own government is news; attacking, visiting or backing it is not)
NOT_TO_ONES_OWN = {"attacks", "threatens", "sanctions", "occupies", "visits", "supports"}
# a page in the UK government's own voice: "PM call with President X: 18 December 2024", "… : Foreign Secretary's statement"
UK_GOVERNMENT_TITLE = re.compile(r"\bPM\s+(?:call|meeting|statement|remarks|speech|visit|press|virtual|bilateral|article)\b|\bForeign Secretary['’]s\b")
UK_NAMED = re.compile(r"\b(?:UK|U\.K\.|United Kingdom|Britain|British|Foreign Secretary)\b")
DOWNING_STREET = re.compile(r"^(?:Prime Minister['’]s Office,\s*)?10 Downing Street\s*$", re.MULTILINE)  # the publisher's line
# "condemned Israel's critics", "accused the American media": some of the state's people, not the state
ITS_PEOPLE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:critics|allies|partners|media|press|enemies|opponents|detractors|friends|supporters|backers|voters|citizens|diaspora)\b", re.IGNORECASE)
QUESTION = re.compile(r"\?\W*$|^\W*(?:How|Why|What|Who|Will|Would|Can|Could|Should|Is|Are|Does|Do|Did)\b")  # a headline that asks
ACRONYM_AFTER = re.compile(r"\s*\(\s*")
EDITORIAL_INSERT = re.compile(r"\[([^\[\]]{1,80})\]")
ANOTHER_TIME = re.compile(r"\b(?:again|anew|once more|separate(?:ly)?|second|another|later)\b", re.IGNORECASE)  # "met Putin again": a new act
# a headline that announces what is to come ("Modi to visit Russia", "Xi heads to Moscow", "US weighs sanctions")
# or that is no news of an act ("Explainer: …")
HEADLINE_NOT_NEWS = re.compile(r"\b(?:set|due|poised|expected|likely|ready|about|plans?|prepares?|seeks?|wants?)\s+to\b"
                               r"|\b(?!(?:threaten|vow|warn|pledge)\w*\s)\w+\s+to\s+(?:visit|send|sign|meet|impose|strike|attack|host|hold|deploy|supply|join|invade|sanction|tour|travel|talk|discuss)\b"
                               r"|\b(?:heads?(?!\s+of\b)|headed|readies|weighs|mulls|eyes|considers|eyed|mulled|weighed)\b"  # (not "heads of state")
                               r"|^\W*(?:Explainer|Analysis|Opinion|Comment|Factbox|Fact box|Q&A|Timeline|Profile|What we know|Why|Editorial)\b", re.IGNORECASE)
ASKED = re.compile(r"\?[\s”\"’']*$")  # a sentence that asks
CONFIDENCE = {"fact": 0.8, "hedged": 0.5, "context": 0.6, "hypothetical": 0.3}


@dataclass
class Slot:
    """An actor reference in a sentence: a mention, or a pronoun resolved from context."""

    start: int
    end: int
    actor: Actor
    kind: str
    title_of: Actor | None = None  # the state or organisation of a title the slot took in ("Hezbollah's leader X")


@dataclass
class EntryContext:
    """What earlier sentences of the same entry tell the next one."""

    last_person: Actor | None = None
    last_person_affiliation: Actor | None = None
    opening_person: Actor | None = None  # who opened the last sentence, if it went on to name others: whom "he" goes on with
    group: list | None = None  # the actors "they" / "the ministers" refer to
    signers: list | None = None  # who issued a statement that others "also signed"
    cosigners: list | None = None
    pair: list | None = None  # the last two or more actors named together, or the two parties of the last meeting ("the two")
    pair_when: tuple | None = None
    led: Actor | None = None  # what the last `leads` statement of the entry named
    people: list = field(default_factory=list)  # person mentions so far, for "Baerbock said"
    offices: list = field(default_factory=list)  # offices the page's own voice holds, named or not ("the Prime Minister" of a UK readout)
    named: set = field(default_factory=set)  # ids of the actors the article has named so far
    orgs: list = field(default_factory=list)  # (organisation, has members) named so far, for "the bloc", "the Council"
    attackers: list = field(default_factory=list)  # subjects of the article's `attacks` statements so far, for "condemned the attack"
    doers: dict = field(default_factory=dict)  # predicate -> the entry's last asserted statement of it ("the sanctions target …")
    last_attacks: list = field(default_factory=list)  # (attacker, target) told by the entry's previous sentence: what "it" is
    armed_group: Actor | None = None  # the armed group last named: what "the group", "the rebels" are
    state: Actor | None = None  # the state the last sentence naming one named first: what "the country" is
    election: dict = field(default_factory=dict)  # the article's election: winner, losers, day (see _note_election)
    author: Actor | None = None  # whose statement the page is: what "we" outside quotes stands for
    quote_open: bool = False  # a quote of several sentences goes on into the next one
    quote_speaker: Actor | None = None  # who speaks it: "He added: “… / … our friends …”"


# "US special envoy to the Middle East [Amos Hochstein]", "US envoy for [Ukraine] [Keith Kellogg]": an envoy's title
# (not an ambassador's: "Israel's ambassador to Brazil" is summoned for Israel, recalled from Brazil)
# an ambassador to a body speaks for the state that sent them: "the US ambassador to the UN"
AMBASSADOR_TO_BODY = re.compile(r"(?:['’]s)?(?:\s+[A-Za-z][\w-]*){0,3}?\s+(?i:ambassador|envoy|representative|delegate)\s+(?:to|at)\s+(?:the\s+)?")
ENVOY_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[A-Za-z][\w-]*){0,4}?\s+(?i:envoy|representative|coordinator|negotiator|mediator|adviser|advisor|commissioner|rapporteur)"
                           r"\s+(?:to|for)\s+(?:the\s+)?(?:(?:" + REGIONS + r")\s+)?")


def _is_title_of(m, person, sentence: str) -> bool:
    """Whether mention m only qualifies the person after it: "Moldovan president [Maia Sandu]",
    "the EU's foreign policy chief, [Josep Borrell]", "US special envoy to the Middle East [Amos Hochstein]"."""
    return (person.actor.type == "person" and person.affiliation is not None and m.actor.id == person.affiliation.id
            and m.end <= person.start and (bool(ROLE_BETWEEN.match(sentence[m.end:person.start])) or bool(ENVOY_BETWEEN.fullmatch(sentence, m.end, person.start))
                                           or not sentence[m.end:person.start].strip() and bool(TITLE_OF_BEFORE.search(sentence, max(0, m.start - 60), m.start))
                                           or person.kind == "role" and not sentence[m.end:person.start].strip()  # "the Indian [premier]"
                                           or bool(POSSESSIVE_AFTER.fullmatch(sentence, m.end, person.start))))  # "[Russia's Vladimir Putin]"


def _envoy_to(m, place, sentence: str) -> bool:
    """Whether the words from mention m to the state or body after it make an envoy's title sent
    there ("US special envoy for Ukraine", "the US ambassador to the UN"; not "Israel's ambassador
    to Brazil", which is summoned for Israel and recalled from Brazil)."""
    return place.actor.type in ("state", "organisation") and bool(
        ENVOY_BETWEEN.fullmatch(sentence, m.end, place.start)
        or place.actor.type == "organisation" and AMBASSADOR_TO_BODY.fullmatch(sentence, m.end, place.start))


def _is_envoy_title(m, place, person, sentence: str) -> bool:
    """Whether mention m and the state or body after it only make the title of the person after
    both: "[UN special envoy for Syria Geir Pedersen]", "[US envoy to Ukraine Keith Kellogg]"."""
    sender = m.affiliation if m.actor.type == "person" else m.actor  # "[Trump's envoy to Ukraine Keith Kellogg]": Trump's state
    return (person.actor.type == "person" and person.affiliation is not None and sender is not None and sender.id == person.affiliation.id
            and _envoy_to(m, place, sentence)
            and not sentence[place.end:person.start].strip(" ,"))


PARTY_OFFICE_BETWEEN = re.compile(r"\s+(?:[a-z-]+\s+)?(?i:chief|leader|head|chairman|chairwoman|chair|general\s+secretary|secretary[- ]general|secretary|president)\s+")
DESCRIPTION_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")  # " far-right leader ": no comma, no other clause


def _describes_party_figure(m, person, sentence: str) -> bool:
    """Whether a demonym only describes a person who does not act for its state: "French
    far-right leader Marine Le Pen" (the gazetteer gives her a role but no state)."""
    return (m.kind == "demonym" and person.actor.type == "person" and person.affiliation is None and person.role is not None
            and m.end <= person.start and bool(DESCRIPTION_BETWEEN.fullmatch(sentence, m.end, person.start)))


def _slots(sentence: str, mentions: list, ctx: EntryContext, gazetteer: Gazetteer | None = None) -> list[Slot]:
    slots, title_start, title_of, skip_to = [], None, None, -1
    for k, m in enumerate(mentions):
        if slots and m.actor.id == slots[-1].actor.id and (m.start - slots[-1].end <= 1 or (
                m.kind == "role" and OWN_TITLE.match(sentence, slots[-1].end, m.start))):
            continue  # "the US president", "China's ambassador": the role and the state name one actor once
        if slots and m.actor.id == slots[-1].actor.id and ACRONYM_AFTER.fullmatch(sentence, slots[-1].end, m.start) and sentence[m.end:m.end + 1] == ")":
            slots[-1].end = m.end + 1  # "the International Atomic Energy Agency (IAEA)": one mention, its short name with it
            continue
        if BASED.match(sentence, m.end) and k + 1 < len(mentions):
            title_start, title_of = m.start, None  # "[Lebanon-based Hezbollah]": where the group is, not an actor
            continue
        if k <= skip_to:
            continue  # the place in an envoy's title
        place = next((j for j in range(k + 1, min(k + 3, len(mentions))) if mentions[j].actor.id != m.actor.id), None)  # past "US [envoy]"
        if place is not None and place + 1 < len(mentions) and _is_envoy_title(m, mentions[place], mentions[place + 1], sentence):
            title_start, title_of, skip_to = m.start, m.actor, place  # "[US special envoy for Ukraine Keith Kellogg]": one slot, the person's
            continue
        if place is not None and m.actor.type in ("state", "organisation") and _envoy_to(m, mentions[place], sentence) \
                and (place + 1 == len(mentions) or mentions[place + 1].start > mentions[place].end + 1):
            slots.append(Slot(title_start if title_start is not None else m.start, mentions[place].end, m.actor, m.kind))
            title_start, title_of, skip_to = None, None, place  # "[the EU special representative to the African Union] met": the EU's envoy
            continue
        if k + 1 < len(mentions) and _is_title_of(m, mentions[k + 1], sentence):
            office = TITLE_OF_BEFORE.search(sentence, max(0, m.start - 60), m.start)  # "[the President of the European Council Costa]"
            title_start, title_of = office.start() if office else m.start, m.actor  # the person's slot covers the title: "[South Korean minister Kim]"
            continue
        if k + 1 < len(mentions) and m.actor.type == "state" and mentions[k + 1].kind == "unlisted" \
                and POSSESSIVE_AFTER.fullmatch(sentence, m.end, mentions[k + 1].start):
            title_start, title_of = m.start, None  # "[Moldova's Socialist Party]": the party acts, not the state
            continue
        if k + 1 < len(mentions) and m.kind == "unlisted" and m.actor.type == "organisation" and mentions[k + 1].actor.type == "person" \
                and PARTY_OFFICE_BETWEEN.fullmatch(sentence, m.end, mentions[k + 1].start):
            title_start = m.start if title_start is None else title_start  # "[Vietnam's Communist Party chief To Lam]": the chief acts
            title_of = None
            continue
        if k + 1 < len(mentions) and m.actor.type == mentions[k + 1].actor.type == "person" and sentence.startswith(("'s", "’s"), m.end) \
                and (ROLE_BETWEEN.match(sentence[m.end:mentions[k + 1].start]) or ENVOY_BETWEEN.fullmatch(sentence, m.end, mentions[k + 1].start)):
            title_start, title_of = m.start, None  # "[Trump's special envoy Steve Witkoff]", "[Putin's ally Alexander Lukashenko]": the second acts
            continue
        if k + 1 < len(mentions) and _describes_party_figure(m, mentions[k + 1], sentence):
            title_start, title_of = m.start, None  # "[French far-right leader Marine Le Pen]": hers, not France's
            continue
        compound = COMPOUND.search(sentence, m.start, m.end)  # "Tehran-backed": the slot is "Tehran"
        actor, end = m.actor, compound.start() if compound else m.end
        government = ADMINISTRATION.match(sentence, m.end) if m.kind == "person" and gazetteer is not None else None
        state = gazetteer.affiliation(m.actor.id) if government else None
        if state is not None and state.type == "state":  # "the Trump administration" acts for the state
            actor, end = state, government.end()
        slots.append(Slot(title_start if title_start is not None else m.start, end, actor, m.kind, title_of))
        title_start = title_of = None
    taken = [(m.start, m.end) for m in mentions]

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    extra = []
    for m in ORG_REFERENCE.finditer(sentence):
        # named earlier in the sentence too ("after the G7 statement, X condemned the group's …")
        here = [(x.actor, False) for x in mentions if x.actor.type == "organisation" and x.end <= m.start()]
        org = _named_organisation(m.group(1).lower(), ctx.orgs + here)
        if org is not None:
            extra.append(Slot(m.start(1), m.end(1), org, "context"))
    if ctx.last_person_affiliation:
        extra += [Slot(m.start(), m.end(), ctx.last_person_affiliation, "context") for m in OWN_COUNTRY.finditer(sentence)]
    if gazetteer is not None and KOREAS & (ctx.named | {m.actor.id for m in mentions}):  # "the North", "the South" in news of the Koreas
        extra += [Slot(m.start(1), m.end(1), gazetteer.actor("PRK" if m.group(1) == "North" else "KOR"), "context")
                  for m in KOREA_SHORT.finditer(sentence)]
    fronted = OPENING_PHRASE.match(sentence)  # "Before his visit to Moscow, …"
    after = next((s for s in slots if fronted and s.actor.type == "person" and s.start >= fronted.end()
                  and not sentence[fronted.end():s.start].strip(" ,")), None) if fronted else None
    for m in PERSON_PRONOUN.finditer(sentence):
        if m.group(0).lower() in ("his", "her") and any(s.actor.type == "person" and s.start == m.end() + 1 for s in slots):
            continue  # "met his New Zealand counterpart, X": X, whose title the possessive opens
        if m.group(0).lower() in ("his", "her") and THEIR_COUNTERPARTS.match(sentence, m.end()):
            continue  # "has spoken to his US, French and German counterparts": the states', not the speaker's
        if after is not None and m.end() <= fronted.end():
            extra.append(Slot(m.start(), m.end(), after.actor, "context"))  # "Before his visit to X, Orban …": Orban's
        elif ctx.last_person and not any(s.actor.type == "person" and s.start < m.start() for s in slots):
            # "X held meetings. He met A, B and C. Earlier, he …": X, who opened the sentence before, not C
            opener = ctx.opening_person if m.group(0).lower() in ("he", "she") else None
            extra.append(Slot(m.start(), m.end(), opener or ctx.last_person, "context"))
        elif OWN_ACT.match(sentence, m.start()) and (before := [s for s in slots if s.actor.type == "person" and s.end <= m.start()]):
            # "X said Y discussed it in his call with Z": Y's; "X signed a deal with Y during his visit to Y's state": X's
            visited = next((x.actor for x in mentions if x.start > m.end() and VISIT_TO_BEFORE.fullmatch(sentence, m.end(), x.start)), None)
            homes = {x.actor.id: x.affiliation for x in mentions if x.affiliation is not None}
            away = [s for s in before if visited is None or (homes.get(s.actor.id) or (gazetteer.affiliation(s.actor.id) if gazetteer else None)) != visited]
            extra.append(Slot(m.start(), m.end(), (away or before)[-1].actor, "own_act"))
        elif m.group(0).lower() == "him":  # "X met Y and praised him": Y; "X spoke to him": not X, the person told of before
            before = [s.actor for s in slots if s.actor.type == "person" and s.end <= m.start()]
            him = before[-1] if len(before) > 1 else ctx.last_person if ctx.last_person and ctx.last_person not in before else None
            named = [s for s in slots if s.end <= m.start()]
            if him is None and len(before) == 1 and named[-1].actor.type != "person":
                him = before[0]  # "X was convicted, which prompted the US to sanction him": another actor acts on X
            if him is not None:
                extra.append(Slot(m.start(), m.end(), him, "context"))
    for m in CLAUSE_PRONOUN.finditer(sentence):  # "X spoke with Y and said he …", "X said … as he hosted Y": he is X
        named = [s for s in slots if s.actor.type == "person" and s.end <= m.start()]
        if named:  # "X called Y, who said he …": Y
            he = named[-1] if WHO_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) or m.group(0).lower().startswith("where") else named[0]
            extra.append(Slot(m.start(1), m.end(1), he.actor, "context"))
    for m in COUNTRY_VISITED.finditer(sentence):  # "signed in Ankara during Starmer's first visit to the country": Turkey
        named = [s.actor for s in slots if s.actor.type == "state" and s.end <= m.start() and s.kind != "demonym"
                 and (PLACE_BEFORE.search(sentence, max(0, s.start - 30), s.start) or HOST_WELCOMING.match(sentence, s.end))]
        # (a place named, "in Ankara", or a host welcoming the visit, "Turkey welcomed X's visit"; not a critic)
        if named:
            extra.append(Slot(m.start(1), m.end(1), named[-1], "context"))
    extra += [Slot(start, end, new_person(sentence[start:end]), "bare_name") for start, end in _bare_names(sentence)]
    for slot in extra:
        if free(slot.start, slot.end):
            slots.append(slot)
            taken.append((slot.start, slot.end))
    for slot in _speaker_slots(sentence, sorted(slots, key=lambda s: s.start)):
        if free(slot.start, slot.end):
            slots.append(slot)
            taken.append((slot.start, slot.end))
    was_open = ctx.quote_open
    quoted, ctx.quote_open = _quoted_spans(sentence, ctx.quote_open)
    speaker = ctx.quote_speaker if was_open else None
    if ctx.quote_open and quoted and not (was_open and quoted[-1][0] == 0):  # a quote opens here and goes on past the sentence
        before = [s for s in slots if s.end <= quoted[-1][0]]
        speaker = before[-1].actor if before and before[-1].actor.type == "person" and SAID_BEFORE_QUOTE.search(sentence, before[-1].end, quoted[-1][0]) else None
    ctx.quote_speaker = speaker if ctx.quote_open else None
    if speaker is not None:  # "we", "our", "I" in the quote carried from the sentence before, or opened here
        for a, b in quoted:
            if (a == 0 and was_open) or b == len(sentence):
                for m in FIRST_PERSON.finditer(sentence, a, b):
                    if free(m.start(), m.end()):
                        slots.append(Slot(m.start(), m.end(), speaker, "context"))
                        taken.append((m.start(), m.end()))
    if ctx.author is not None:  # "we" of the statement's own voice
        for m in FIRST_PERSON.finditer(sentence):
            if free(m.start(), m.end()) and not any(a <= m.start() < b for a, b in quoted):
                slots.append(Slot(m.start(), m.end(), ctx.author, "context"))
    winner = ctx.election.get("winner")
    for m in WINNER_REFERENCE.finditer(sentence) if winner is not None else ():
        if free(m.start(), m.end()):
            slots.append(Slot(m.start(), m.end(), winner, "context"))
    named = {slot.actor.id for slot in slots}
    for m in PLURAL_REFERENCE.finditer(sentence):  # "between the two presidents": one slot per actor, on one span
        if m.group("bare"):  # (after "X met Y, and the sides …" the sides are X and Y, not the last pair)
            fits = sum(slot.start < m.start() for slot in slots) < 2
        else:
            fits = len(ctx.pair or ()) == NUMBERS[(m.group("n") or "two").lower()]
        if ctx.pair and fits and free(m.start(), m.end()) \
                and not named & {a.id for a in ctx.pair}:
            slots += [Slot(m.start(), m.end(), actor, "pair") for actor in ctx.pair]
    return sorted(slots, key=lambda s: s.start)


def _as_possessors(masked: str, offsets: list[int], tokens: list[int]) -> tuple[str, list[int]]:
    """Mark the tokens of "his"/"her" as possessors ("⟦3⟧’s trip"), as a name with "'s" is, so that
    the act noun after them is theirs."""
    for i in tokens:
        at = masked.find(f"⟦{i}⟧") + len(f"⟦{i}⟧")
        masked, offsets = masked[:at] + "’s" + masked[at:], offsets[:at] + [offsets[at - 1]] * 2 + offsets[at:]
    return masked, offsets


def _without_serial_comma(masked: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Drop the comma before the "and" after an actor set off by commas ("A, B, and C" reads as "A, B and C";
    "The Russian leader, Putin, and Xi" as "…, Putin and Xi"), so that the patterns for "B and C …" read it;
    a comma before "and" after an actor that no comma opens may close a clause ("X phoned Putin, and Y …")."""
    for m in reversed(list(SERIAL_COMMA.finditer(masked))):
        masked, offsets = masked[:m.start(1)] + masked[m.end(1):], offsets[:m.start(1)] + offsets[m.end(1):]
    return masked, offsets


def _quoted_spans(sentence: str, open_at_start: bool) -> tuple[list[tuple[int, int]], bool]:
    """The quoted spans of a sentence, for a quote that may have opened in a sentence before it or
    go on after it ("“… for years,” X said. “This has to stop. / We thank …”"); and whether one is
    still open at its end."""
    spans, start = [], 0 if open_at_start else None
    for i, ch in enumerate(sentence):
        if ch == "“" or (ch == '"' and start is None):
            start = i if start is None else start
            carried = not sentence[:i].strip() or sentence[:i].rstrip().endswith((":", ","))  # not a scare quote
        elif ch in "”\"":
            spans.append((0 if start is None else start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(sentence)))
    return spans, start is not None and (start == 0 and open_at_start or carried)


def _with_courtesy(sentence: str, slot: Slot) -> int:
    """Where a person's slot starts with the courtesy title before it: "congratulated [Dr X]"."""
    courtesy = COURTESY.search(sentence, max(0, slot.start - 40), slot.start) if slot.actor.type == "person" else None
    return courtesy.start() if courtesy else slot.start


def _bare_names(sentence: str) -> list[tuple[int, int]]:
    """Spans of capitalised names of two or three words that may be persons; in a longer run
    that names an institution first, its last words: "Affairs Ismail Baghaei" → "Ismail Baghaei"."""
    out = []
    for run in CAPITALISED_RUN.finditer(sentence):
        words = list(re.finditer(r"\S+", run.group(0)))
        institutional = [k for k, w in enumerate(words) if INSTITUTION_WORDS.fullmatch(w.group(0))]
        if institutional and 2 <= len(words) - institutional[-1] - 1 <= 3 and not FUNCTION_WORD.fullmatch(words[institutional[-1]].group(0)):
            start = run.start() + words[institutional[-1] + 1].start()
            if not NAMED_THING.match(sentence, run.end()):
                out.append((start, run.end()))
            continue
        lead = LEADING_MODIFIER.match(run.group(0))  # "Incumbent Jana Horak": the name after the word
        out += [m.span() for m in BARE_NAME.finditer(sentence, run.start() + (lead.end() if lead else 0), run.end())
                if all(w[0].isupper() for w in m.group(0).split()) and (m.start() > 0 or OPENING_NAME.match(sentence, m.end()) and not NOT_A_FIRST_NAME.match(m.group(0)))
                and not INSTITUTION_WORDS.search(m.group(0)) and not ABSTRACT_NOUN.search(m.group(0)) and not NAMED_THING.match(sentence, m.end())
                and not REGION_ADJECTIVE.fullmatch(m.group(0))]
    return out


def _speaker_slots(sentence: str, slots: list[Slot]) -> list[Slot]:
    """"We", "our", "I" inside a quote stand for its speaker: "“We condemn …,” Olaf Scholz said",
    "Andrzej Duda said: “We …”"."""
    out = []
    for quote in QUOTE.finditer(sentence):
        after = [s for s in slots if s.start >= quote.end()]
        before = [s for s in slots if s.end <= quote.start()]
        if after and (SAID_AFTER.match(sentence, quote.end(), after[0].start) or (
                BETWEEN_QUOTE_AND_SPEAKER.match(sentence, quote.end(), after[0].start) and SAID_BY_SPEAKER.match(sentence, after[0].end))):
            speaker = after[0].actor
        elif before and SAID_BEFORE_QUOTE.search(sentence, before[-1].end, quote.start()):
            speaker = before[-1].actor
        else:
            continue
        out += [Slot(m.start(), m.end(), speaker, "context") for m in FIRST_PERSON.finditer(sentence, quote.start(), quote.end())]
    return out


def _named_organisation(word: str, orgs: list):
    """The organisation "the bloc", "the alliance" (the last one named with members) or
    "the Council", "the Commission" (the last one whose name has that word) stands for."""
    if word in ("bloc", "alliance"):
        return next((org for org, has_members in reversed(orgs) if has_members), orgs[-1][0] if orgs else None)
    return next((org for org, _ in reversed(orgs) if any(word in n.lower().split() for n in (org.name, *org.aliases))), None)


def _frame_relations(sentence, masked, slots, ctx, date_at, home=lambda actor: None):
    """Relations a whole sentence frames rather than a verb names:
    "In a meeting on Monday, A and B …" (A meets B), "The two agreed to work together"
    (the last pair cooperates), "It was held by X in October" (X led what the entry's
    last `leads` names), "X said in Y" (a person acting for another state visits Y;
    ``home(actor)`` is the state a person or place belongs to), "a joint press conference by
    A, B and C" (each meets each), "X condemned the attack" (the article's last attacker),
    "X labelled it a violation" (the doer of the act told just before), "…, vowing retaliation"
    (the one struck threatens its attacker), "A, B and C joined D in signing" (each with each
    too), "the two struck a deal" (the pair named, in the sentence or before)."""
    found = []

    def spoke_abroad(who_at: str, where_at: str, span):
        who, where = slots[int(who_at)].actor, slots[int(where_at)].actor
        own, there = home(who), (home(where) if where.type == "place" else where)
        if who.type == "person" and own is not None and there is not None and there.type == "state" and own.id != there.id:
            found.append((Relation("visits", [int(who_at)], [int(where_at)], span), "fact"))

    for spoke in SPOKE_IN.finditer(masked):
        spoke_abroad(spoke.group(1), spoke.group(2), spoke.span())
    if opened := SPOKE_IN_OPENING.search(masked) or ARRIVED_OPENING.search(masked):
        spoke_abroad(opened.group("who"), opened.group("where"), opened.span("T"))
    if beside := BESIDE_OPENING.search(masked):
        found.append((Relation("meets_with", [int(beside.group("who"))], [int(beside.group("with"))], beside.span("T")), "fact"))
    hosted = HOSTED_MEETING.search(masked)
    if hosted:  # "a meeting with his DRC counterpart, Y, hosted by Z": each guest meets the host
        host = int(hosted.group("host"))
        guests = [int(t.group(1)) for t in TOKEN.finditer(masked, 0, hosted.start("T")) if int(t.group(1)) != host
                  and slots[int(t.group(1))].actor.type in ("person", "state") and not NOT_A_GUEST.search(masked, max(0, t.start() - 12), t.start())
                  and not EVENT_NAME_AFTER.match(masked, t.end())]
        if guests:  # (a banquet one "will attend" is still to come)
            first_end = masked.index("⟧", masked.index(f"⟦{guests[0]}⟧")) + 1
            found.append((Relation("meets_with", guests, [host], hosted.span("T")), modality(masked, hosted.start(), first_end)))
    if (wishes := CONGRATULATIONS_FROM.search(masked)) and ctx.election.get("winner") is not None:  # "Congratulations came in from X and Y": to the winner
        places = set(COUNTERPART_IN.findall(wishes.group("who")))
        senders = [int(i) for i in TOKEN.findall(wishes.group("who")) if i not in places and slots[int(i)].actor.id != ctx.election["winner"].id]  # (not "her" of "her rival X")
        found.append((Relation("supports", senders, [], wishes.span("T"), flags={"winner"}), "fact"))
    for backed in BACKED.finditer(masked):  # "the Iranian-backed Hezbollah group": Iran backs Hezbollah
        sponsor, client = int(backed.group("sponsor")), int(backed.group("client"))
        if slots[sponsor].actor.id != slots[client].actor.id and slots[client].kind != "demonym" \
                and slots[client].actor.type in ("armed_group", "organisation", "state", "person"):  # (not "Turkish-backed Syrian fighters")
            found.append((Relation("supports", [sponsor], [client], backed.span("T")), "fact"))
    mediated = MEDIATED_BY.search(masked)
    first = TOKEN.search(masked, 0, mediated.start()) if mediated else None
    parties = coordinated(masked, int(first.group(1))) if first and OPENING_BEFORE_LIST.fullmatch(masked, 0, first.start()) else []
    if len(parties) > 1 and not REJECTED_TALKS.search(masked, 0, mediated.start()):  # "A and B agreed to a ceasefire after talks mediated by C and D": each mediator met each party
        mediators = [i for i in coordinated(masked, int(mediated.group("who"))) if i not in parties]
        if mediators:
            found.append((Relation("meets_with", mediators, parties, mediated.span("T")), modality(masked, mediated.start("T"), mediated.start("T"))))
    pair = FIRST_PAIR.search(masked)
    if pair:
        group = [int(i) for i in TOKEN.findall(pair.group("pair"))]
        if any(slots[i].kind != "pair" for i in group):  # "the two leaders …" keep the day they met
            ctx.pair, ctx.pair_when = [slots[i].actor for i in group], date_at(pair.start("pair"))
        frame = MEETING_FRAME.search(masked)
        if frame and WITH_AFTER.match(masked, frame.end()):  # "At a meeting with Chinese officials, A, B and C …": they met China
            found.append((Relation("meets_with", group[:1], group[1:], pair.span("pair")), "fact"))
        elif frame:
            found.append((Relation("meets_with", group, [], pair.span("pair"), flags={"joint"}), "fact"))  # each with each
    together = TOGETHER.search(masked)
    if together and ctx.pair and len(ctx.pair) >= 2:
        found.append((Relation("cooperates_with", [], [], together.span("T"), flags={"pair"}), "fact"))
    signed = PAIR_SIGNED.search(masked) or PAIR_SIGNED_PASSIVE.search(masked)
    between = next((b for b in BETWEEN_PAIR.finditer(masked) if b.end() <= signed.start()), None) if signed else None
    parties = [slots[int(i)].actor for i in between.groups()] if between else ctx.pair
    if signed and (NO_SIGNING.search(signed.group(0)) or signed.re is PAIR_SIGNED_PASSIVE and EARLIER_TIME.match(masked, signed.end())):
        signed = None  # "No agreements were signed", "They signed no deal", "A boundary agreement was signed in 2015"
    if signed and parties and len(parties) == (3 if signed.re is PAIR_SIGNED and signed.group("three") else 2):
        if between:
            ctx.pair, ctx.pair_when = parties, date_at(between.start())
        found.append((Relation("signs_agreement_with", [], [], signed.span("T"), flags={"pair"}),
                      modality(masked, signed.start("T"), signed.start("T"))))
    fire = MUTUAL_FIRE.search(masked)
    if fire and ctx.pair and len(ctx.pair) == 2:
        found.append((Relation("attacks", [], [], fire.span(), flags={"pair", "mutual"}), "fact"))
    joined = JOINED_MEETING.search(masked)
    if joined and ctx.group:
        found.append((Relation("meets_with", [], [int(joined.group(1))], joined.span(), flags={"group"}), "fact"))
    cosigned = JOINED_SIGNING.search(masked)
    cosigners = coordinated(masked, int(cosigned.group(1))) if cosigned else []
    if len(cosigners) > 1:
        found.append((Relation("signs_agreement_with", cosigners, [], cosigned.span("T"), flags={"joint"}),
                      modality(masked, cosigned.start("T"), cosigned.end(1))))
    joint = JOINT_MEETING.search(masked)
    members = coordinated(masked, int(joint.group(1) or joint.group(2) or joint.group(3))) if joint else []
    if len(members) > 1:
        found.append((Relation("meets_with", members, [], joint.span(), flags={"joint"}), "fact"))
    rejected = REJECTED_ACT.search(masked)
    sanctioner = ctx.doers.get("sanctions")
    critic = clause_subject(masked, rejected.start(), lambda i: slots[i].actor.id != sanctioner.subject.id) if rejected and sanctioner else None
    if critic is not None:
        found.append((Relation("condemns", [critic], [], rejected.span(), flags={"sanctioner"}), "fact"))
    for predicate, stance in (("condemns", CONDEMNED_ACT), ("concerned_about", CONCERN_OVER_ACT), ("supports", PRAISED_ACT)):
        said = stance.search(masked) if ctx.attackers else None  # a stance on "the strike" told before is one on its doer
        speaker = clause_subject(masked, said.start(), lambda i: True) if said else None
        if speaker is not None:
            found.append((Relation(predicate, [speaker], [], said.span(), flags={"attacker"}), modality(masked, said.start(), 0)))
    labelled = LABELLED_ACT.search(masked)
    critic = clause_subject(masked, labelled.start(), lambda i: True) if labelled and (
        ctx.last_attacks if labelled.group("pronoun") else ctx.attackers) else None
    if critic is not None:
        flags = {"attacker", "answer"} if labelled.group("pronoun") else {"attacker"}
        found.append((Relation("condemns", [critic], [], labelled.span(), flags=flags), "fact"))
    vowed = VOWED_RETALIATION.search(masked)
    victim = clause_subject(masked, vowed.start(), lambda i: True) if vowed else None
    owners = [int(m.group(1)) for m in ATTACK_OWNER.finditer(masked, 0, vowed.start())] if victim is not None else []
    if owners and slots[owners[-1]].actor.id != slots[victim].actor.id:  # "… Iran's missile attack …, and Israel vowed to retaliate"
        found.append((Relation("threatens", [victim], owners[-1:], vowed.span()), "fact"))
    elif victim is not None and any(target.id == slots[victim].actor.id for _, target in ctx.last_attacks):
        found.append((Relation("threatens", [victim], [], vowed.span(), flags={"retaliation"}), "fact"))
    struck = STRUCK_ITS_OWN.search(masked)
    owner = clause_subject(masked, struck.start(), lambda i: i != int(struck.group(1))) if struck else None
    if owner is not None and slots[owner].actor.id != slots[int(struck.group(1))].actor.id:
        found.append((Relation("attacks", [int(struck.group(1))], [owner], struck.span()), modality(masked, struck.start(), 0)))
    held = HELD_BY.search(masked)
    if held and ctx.led:
        found.append((Relation("leads", [int(held.group(1))], [], held.span(), flags={"led"}), "fact"))
    return found


def _note_parties(sentence: str, slots, election: dict) -> set[str]:
    """The ids of the parties an article names, this sentence's added: organisations no list
    has, named by their head word ("the Socialist Party") or with "party" after the name."""
    parties = election.setdefault("parties", set())
    parties.update(s.actor.id for s in slots if s.kind == "unlisted" and s.actor.type == "organisation" and (
        s.actor.name.split()[-1] in POLITICAL_HEADS or s.actor.name.startswith("Party ") or PARTY_AFTER.match(sentence, s.end)))
    return parties


def _party_leaders(masked: str, slots, parties: set[str]) -> list:
    """Who leads a party: "the Progress Party and its leader, X", "the Conservative Party led by
    former Prime Minister X", "the Democratic Alliance (AD) of X", "X's PAS", "party leader X"."""
    def party(i):
        return slots[i].actor.id in parties

    def person(i):
        return slots[i].actor.type == "person"

    found = []
    for m in PARTY_LEADER.finditer(masked):
        p, x = (int(m.group("p")), int(m.group("x"))) if m.group("p") else (int(m.group("p2")), int(m.group("x2")))
        if party(p) and person(x):
            found.append((Relation("leads", [x], [p], m.span()), "fact"))
    return found


def _note_election(sentence, masked, slots, past, date_at, election: dict) -> None:
    """Remember what a sentence of an election report says: the winner ("X won the run-off",
    "X was elected"), a candidate who lost ("Y conceded defeat", "Y received 44%", "his main
    rival, Y") and the day of the vote ("Saturday's election"); :func:`_election_results`
    turns them into ``defeats`` statements once the article is read."""
    parties = election.get("parties", set())

    def candidate(i):  # a person or a party: each defeats its own kind
        return slots[i].actor.type == "person" or slots[i].actor.id in parties

    for t in past:
        if t.role == "at" and t.when.precision == "day" and not FIRST_ROUND.search(sentence, 0, t.end + 30) and (
                ELECTION_AFTER.match(sentence, t.end) or ELECTION_BEFORE.search(sentence, max(0, t.start - 60), t.start)):
            election.setdefault("day", (t.when.iso(), t.when.precision, t.when.source))
    won = WON.search(masked)
    if won and (ELECTION_WORD.search(masked) or "elected" in won.group(0).lower()):
        i = clause_subject(masked, won.start(), candidate)
        key = "winner" if i is not None and slots[i].actor.type == "person" else "party_winner"
        if i is not None and key not in election:
            election[key], when = slots[i].actor, date_at(won.start())
            if when[2] not in ("published", "entry"):
                election["winner_day"] = when[:3]
    losers = election.setdefault("losers", [])
    for m in LOST.finditer(masked):
        before = [int(k.group(1)) for k in TOKEN.finditer(masked, max(0, m.start() - 100), m.start()) if candidate(int(k.group(1)))]
        last_of_each = {slots[i].actor.type == "person": i for i in before}  # "the X Party and its leader, Y, came second": both
        losers.extend((slots[i].actor, None, sentence, date_at(m.start())) for i in last_of_each.values())
    behind = [int(m.group(2) or m.group(1)) for m in BEHIND.finditer(masked)] if VOTE_COUNT.search(masked) else []  # "ahead of Dodon's bloc": the bloc
    for m in SECOND_PLACE.finditer(masked):
        after = [int(k.group(1)) for k in TOKEN.finditer(masked, m.start(), m.end() + 60) if candidate(int(k.group(1)))]
        behind += after[:1]
    losers.extend((slots[i].actor, None, sentence, date_at(masked.index(f"⟦{i}⟧"))) for i in behind if candidate(i))
    for m in OPPONENT.finditer(masked):
        if candidate(int(m.group(2))):
            losers.append((slots[int(m.group(2))].actor, slots[int(m.group(1))].actor, sentence, date_at(m.start())))


def _election_results(statements: list[Statement], election: dict, article: Article) -> list[Statement]:
    """The winner of the article's election defeats each candidate it says lost, on the day
    of the vote (else the day the win is told, else the sentence's); an undated ``defeats``
    of the report is moved to that day too."""
    winners = [w for w in (election.get("winner"), election.get("party_winner")) if w is not None]
    if not winners:
        return []
    day = election.get("day") or election.get("winner_day")
    if day:
        for s in statements:
            if s.predicate == "defeats" and s.date_source in ("published", "entry"):
                s.date, s.date_precision, s.date_source = day
    out = []
    for winner, (loser, rival_of, sentence, when) in product(winners, election.get("losers", [])):
        if loser.id != winner.id and (loser.type == "person") == (winner.type == "person") and (rival_of is None or rival_of.id == winner.id) \
                and not (loser.name in winner.name or winner.name in loser.name):  # "the Norwegian Labour Party" … "Labour Party": one party
            date, precision, source = day or when[:3]
            out.append(Statement(subject=winner, predicate="defeats", object=loser, date=date, date_precision=precision,
                                 date_source=source, evidence=sentence, article=article.id, confidence=CONFIDENCE["context"]))
    return out


def _leader_of_group(slot: Slot, mentions) -> bool:
    """Whether the slot is an armed group's leader named with the title: "TTP leader X"."""
    return (slot.actor.type == "person" and slot.title_of is not None and slot.title_of.type == "armed_group"
            and any(m.actor.id == slot.actor.id and m.role and LEADER_ROLES.search(m.role) for m in mentions))


def _date_for(times, trigger_pos: int, default, others=()):
    """The time expression nearest the trigger: (date, precision, source, until). A time
    inside one of the ``others`` spans ("… following Iran's attack this week") dates that
    other event, unless the trigger is in the span too."""
    at = [t for t in times if t.role in ("at", "since")
          and not any(a <= t.start < b and not a <= trigger_pos < b for a, b in others)]
    until = next((t.when for t in times if t.role == "until"), None)
    if not at:
        return (*default, until)
    t = min(at, key=lambda t: abs((t.start + t.end) / 2 - trigger_pos))
    return t.when.iso(), t.when.precision, t.when.source, until


def _event_id(*parts) -> str:
    return "ev-" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def extract_sentence(sentence: str, anchor: date, default_date, article: Article, gazetteer: Gazetteer,
                     ctx: EntryContext) -> list[Statement]:
    """The statements of one sentence; updates the entry context for the next one."""
    sentence = EDITORIAL_INSERT.sub(r"\1", sentence)  # "[Russian President Vladimir] Putin": the name whole
    dateline_end, filed = read_dateline(sentence, anchor)
    sentence = sentence[dateline_end:]  # "RABAT, Morocco, Oct 29 (AP):" says where the report was filed: no actor
    if filed:  # … and when: the day of what the sentence does not date, and the day "on Monday" counts back from
        anchor, default_date = filed.day, (filed.iso(), filed.precision, "entry")
    times = find_times(sentence, anchor)
    mentions = gazetteer.find(sentence, seen=ctx.people, offices=ctx.offices)
    slots = _slots(sentence, mentions, ctx, gazetteer)
    masked, offsets = mask(sentence, [(_with_courtesy(sentence, s), s.end) for s in slots])
    masked, offsets = _as_possessors(masked, offsets, [i for i, s in enumerate(slots) if s.kind == "own_act"])
    masked, offsets = _without_serial_comma(masked, offsets)
    past = [t for t in times if (t.role == "until" or t.when.day <= anchor and not TO_COME_BEFORE.search(sentence, max(0, t.start - 25), t.start))
            and not REMEMBERED.search(sentence, max(0, t.start - 110), t.start)]  # the year of what an anniversary remembers
    # (a done act is not dated after the news of it, nor by what is "set to arrive this month")

    def usable_object(i):
        return not (MADE_IN.match(sentence[slots[i].end:]) or MADE_IN.search(sentence[slots[i].start:slots[i].end])
                    or STANCE_PREFIX.search(sentence, max(0, slots[i].start - 5), slots[i].start) and not PENALTY_AFTER.match(sentence, slots[i].end))

    def usable_subject(i):  # "Iranian-backed militias attacked …": Iran backs, it did not attack
        return not (STANCE_PREFIX.search(sentence, max(0, slots[i].start - 5), slots[i].start) or SPONSOR_COMPOUND.match(sentence, slots[i].end) or SPONSOR_COMPOUND.search(sentence, slots[i].start, slots[i].end)
                    or TERRITORY.match(sentence, slots[i].end))

    def usable_target(i):  # "struck Houthi-held areas": the holder is struck
        return usable_object(i) or bool(HELD.match(sentence, slots[i].end))

    relations = find_relations(masked, usable_subject, usable_object, usable_target)
    if ASKED.search(sentence):
        relations = [(rel, "hypothetical" if mood == "fact" else mood) for rel, mood in relations]  # "Will Russia strike Poland?"
    signed = COSIGNERS.search(masked)
    if signed and JOINED_NOT_A_TEXT.match(signed.group(0)) and not SIGNED_TEXT_NOUN.search(masked):
        signed = None
    if signed and ctx.group and not JOINED_MEETING.search(masked):
        ctx.signers = list(ctx.group)
        ctx.cosigners = [slots[int(i)].actor for i in TOKEN.findall(signed.group(1))]
    named = MEMBERS_NAMED.search(masked)
    # "the ministers of A, B and C", after the group was named: its members
    body = [slots[int(named.group(1))].actor] if named and named.group(1) else ctx.group if named else None
    if body and len(body) == 1 and body[0].type == "organisation" and len(TOKEN.findall(named.group(2))) > 1:
        ctx.signers = ctx.group = list(body)
        ctx.cosigners = list({slots[int(i)].actor.id: slots[int(i)].actor for i in TOKEN.findall(named.group(2))}.values())
    group = GROUP_SOURCE.search(masked)
    if group and not (named and ctx.cosigners):
        ctx.group = [slots[int(group.group(1) or group.group(2))].actor]
    according = ACCORDING_TO.search(masked)
    homes = {m.actor.id: m.affiliation for m in (*mentions, *ctx.people) if m.affiliation is not None}

    def home(actor):
        return homes.get(actor.id) or gazetteer.affiliation(actor.id)

    others = [(m.start(), m.end()) for pattern in (OTHER_EVENT, RELATIVE_CLAUSE, POSSESSIVE_TIME, EVENT_DAY) for m in pattern.finditer(sentence)]
    relations += _frame_relations(sentence, masked, slots, ctx, lambda pos: _date_for(past, pos, default_date, others), home)
    relations += _party_leaders(masked, slots, _note_parties(sentence, slots, ctx.election))
    _note_election(sentence, masked, slots, past, lambda pos: _date_for(past, offsets[pos], default_date, others), ctx.election)

    leaders = {m.actor.id for m in (*mentions, *ctx.people) if m.role and LEADER_ROLES.search(m.role) and not SPOKESPERSON.search(m.role)}
    out = []
    for rel, mood in relations:
        if mood == "negated":
            continue
        subjects = [slots[i].actor for i in rel.subjects]
        objects = [_backed_object(slots[i], rel, masked) for i in rel.objects]
        if rel.predicate == "attacks":  # "strikes targeting TTP leader X": an armed group is struck through its leader
            objects = [slots[i].title_of if _leader_of_group(slots[i], mentions) else o for i, o in zip(rel.objects, objects)]
        if "pair" in rel.flags:
            subjects, objects = ctx.pair[:1], ctx.pair[1:]
        if "led" in rel.flags:
            objects = [ctx.led]
        if "attacker" in rel.flags:
            objects = ctx.attackers[-1:]
        if "sanctioner" in rel.flags:
            objects = [ctx.doers["sanctions"].subject]
        if "retaliation" in rel.flags:
            objects = [a for a, target in ctx.last_attacks if target.id in {x.id for x in subjects}][-1:]
        if "joint" in rel.flags:
            objects = subjects
        if "group" in rel.flags:
            subjects = list(ctx.group)
        if "winner" in rel.flags:
            objects = [w for w in [ctx.election.get("winner")] if w is not None and w.id not in {x.id for x in subjects}]
        confidence = CONFIDENCE["hypothetical" if mood == "hypothetical" else "hedged" if rel.hedged else "fact"]
        again, told = ACT_AGAIN.match(sentence) if not subjects else None, None
        if again and again.lastgroup == rel.predicate and rel.predicate in ctx.doers:
            subjects, told = [ctx.doers[rel.predicate].subject], ctx.doers[rel.predicate]
        if rel.flags & {"retaliation", "answer"}:
            told = ctx.doers.get("attacks")  # an answer to the act told just before, on its day unless dated
        if not subjects and rel.predicate == "defeats":  # "…, defeating Y": the race's winner did
            ctx.election.setdefault("losers", []).extend((o, None, sentence, _date_for(past, offsets[rel.trigger[0]], default_date, others)) for o in objects)
            continue
        plural = PLURAL_SUBJECT.match(sentence) if not subjects else None
        if plural and ctx.pair and len(ctx.pair) == NUMBERS[(plural.group("n") or "two").lower()]:
            subjects, confidence = list(ctx.pair), CONFIDENCE["context"]
        elif not subjects and GROUP_ANAPHOR.match(sentence) and ctx.armed_group is not None:
            subjects, confidence = [ctx.armed_group], CONFIDENCE["context"]
        elif not subjects and STATE_ANAPHOR.match(sentence) and ctx.state is not None and ctx.state.id not in {o.id for o in objects}:
            subjects, confidence = [ctx.state], CONFIDENCE["context"]
        if not subjects:
            if not (GROUP_REFERENCE.search(sentence) and ctx.group):
                continue
            subjects, confidence = list(ctx.group), CONFIDENCE["context"]
        t_start, t_end = offsets[rel.trigger[0]], offsets[min(rel.trigger[1], len(offsets) - 1)]
        when, precision, source, until = _date_for(times if mood == "hypothetical" else past, (t_start + t_end) / 2, default_date, others)
        by_the_pair = "pair" in rel.flags or (rel.subjects and all(slots[i].kind == "pair" for i in rel.subjects))
        if by_the_pair and not past:
            when, precision, source, until = ctx.pair_when  # "the two" act when they met
        if told is not None and source in ("published", "entry"):
            when, precision, source = told.date, told.date_precision, told.date_source  # the act told before, on its day
        pairs = [(s, o) for s in subjects for o in objects]
        if len(subjects) == len(objects) > 1 and rel.objects and COUNTERPARTS.search(sentence, t_start, slots[rel.objects[0]].end):
            pairs = list(zip(subjects, objects))  # "A and B met their counterparts C and D": A with C, B with D
        if "pair" in rel.flags and PREDICATES[rel.predicate].symmetric:
            pairs = list(combinations(ctx.pair, 2))  # "the three joined forces": each with each
        if "joint" in rel.flags:
            pairs = list(combinations(subjects, 2))
        if "mutual" in rel.flags:
            pairs = list(permutations(ctx.pair, 2))  # "both sides exchanged fire": each at the other
        event = _event_id(article.id, sentence, rel.predicate) if len(pairs) > 1 else None
        taken = {(slots[i].start, slots[i].end) for i in (*rel.subjects, *rel.objects)}
        place = place_of(sentence, mentions, times, (t_start, t_end), taken)
        host = _host_state(sentence, mentions, taken, (t_start, t_end), gazetteer) if rel.predicate in ("meets_with", "signs_agreement_with") and mood == "fact" else None
        visitors = None
        if host is None and rel.predicate == "meets_with" and mood == "fact" and HOSTING.match(masked, rel.trigger[0]) \
                and not REMOTE.search(masked, rel.trigger[0], rel.trigger[1] + 60) and not GATHERING.search(sentence) \
                and len(subjects) == 1 and (state := subjects[0] if subjects[0].type == "state" else home(subjects[0])) is not None and state.type == "state" \
                and not _place_named(sentence, mentions, rel, slots, state, gazetteer):
            host = state  # "Bio hosted Liberia's President Boakai": the guest came to Sierra Leone (no summit elsewhere, no call)
            visitors = {slots[i].actor.id for i in rel.objects if slots[i].kind in ("person", "role") and slots[i].actor.type == "person"
                        or slots[i].kind in ("demonym", "name", "metonym") and VISITING_LEADER.match(sentence, slots[i].end)
                        or slots[i].kind == "role" and VISITING_LEADER.search(" " + sentence[slots[i].start:slots[i].end] + " ")}
            # (a leader, "the Iraqi leader"; not "hosted Ukrainian refugees", not an ambassador)
        acts = [(s, rel.predicate, o) for s, o in pairs]
        if rel.predicate == "visits" and VISITED_VERB.fullmatch(masked, *rel.trigger):
            acts += [(s, "meets_with", o) for s, o in pairs if o.type == "person" and s.type == "person"]  # "Orban visited Zelensky in Kyiv": they met
        if host is not None:  # "the leaders of A and B met in Kyiv": each came to Ukraine
            guests = {a.id: a for a in (*subjects, *objects) if (a if a.type == "state" else home(a)) not in (None, host)
                      and (visitors is None or a.id in visitors) and (rel.predicate == "meets_with" or a.type == "person")}
            acts += [(guest, "visits", host) for guest in guests.values()]
        trigger_word = masked[rel.trigger[0]:rel.trigger[1]].lower()
        for s, predicate, o in acts:
            if s.type == "place" and (place_slot := _slot_of(slots, s)) is not None:  # "Hawaii's Gov. Josh Green hosted X": the governor
                s = next((t.actor for t in slots if t.actor.type == "person" and PLACE_TITLE_BETWEEN.fullmatch(sentence, place_slot.end, t.start)), s)
            if predicate in ("sanctions", "attacks", "threatens") and o.type == "person" and (o_slot := _slot_of(slots, o)) is not None \
                    and PERSONS_PERSON.match(sentence, o_slot.end):
                continue  # "sanctioned Nicolas Maduro's defence minister": the minister, not Maduro
            if s.type == "place" and not TERRITORY_ID.fullmatch(s.id) or predicate in PAIR_ACTS and o.type == "place" and not TERRITORY_ID.fullmatch(o.id):
                continue  # "the meeting, held in the port city of Busan, …": a place neither acts nor meets
            if predicate == "visits" and o.type == "person" and VISITING.fullmatch(masked, *rel.trigger) and not VISITING_AS_VERB.search(masked, 0, rel.trigger[0]) \
                    and (slot := _slot_of(slots, o)) is not None and not sentence[slot.start:slot.end].startswith(o.name.split()[0]):
                host = s if s.type == "state" else home(s)  # "X praised visiting Ghanaian President Y": Y came to X's country
                if host is None or host.type != "state":
                    continue
                s, o = o, host
            o, where = _place_to_state(o, predicate, gazetteer)
            if o.type == "place" and predicate in ("attacks", "visits", "sends_troops_to"):  # "strikes on southeastern Ukraine … in the city of Dnipro"
                acting = s if s.type != "person" else home(s)
                others = {m.actor.id: m.actor for m in mentions if m.actor.type == "state" and (acting is None or m.actor.id != acting.id)}
                if len(others) == 1:
                    o, where = next(iter(others.values())), o.name
            if predicate == "visits" and o.type == "person":
                if (state := home(o)) is None or state.type != "state":
                    continue  # "welcomed X at the Istana Nurul Iman": a visit is to a country, not to a name no list has
                o = state  # "the trip to Putin": a visit is to a country
            if predicate == "cooperates_with":  # cooperation is between the states and bodies the persons act for
                s, o = (a if a.type != "person" or (body := home(a)) is None or body.type == "person" else body for a in (s, o))
            own = home(s) if s.type == "person" else None
            used = [slots[i] for i in (*rel.subjects, *rel.objects)]  # the mentions the relation read, then any of the actor
            if s.id == o.id or (own is not None and own.id == o.id and (predicate in NOT_TO_ONES_OWN or (
                    predicate in ("condemns", "accuses") and (slot := _slot_of(used, o) or _slot_of(slots, o)) and ITS_PEOPLE.match(sentence, slot.end)))):
                continue  # not to the state one acts for: "X vowed retaliation … harming the Sudanese people", "thanked Russian voters"
            if predicate == "condemns" and (trigger_word.startswith(("exit", "quit", "pull", "leav", "left")) or (
                    trigger_word.startswith("withdr") and FROM_AFTER.match(masked, rel.trigger[1]))) and (
                    o.type != "organisation" or trigger_word.startswith(("leav", "left")) and s.type != "state"):
                continue  # a state leaves a body in protest; leaving a country, or withdrawing from one, is no condemnation
            if predicate == "meets_with" and s.type == o.type == "person" and own is not None and home(o) is not None and own.id == home(o).id:
                continue  # colleagues of one government talking: "Rubio discussed it with President Trump"
            if predicate == "meets_with" and trigger_word.startswith(("discussed", "paid", "pays", "paying")) and o.type != "person":
                continue  # "discussed sanctions with Russia in mind", "paid a courtesy call on Cuba's port": talks are with a person
            if predicate == "cooperates_with" and trigger_word in ("join", "joins", "joined", "joining") and o.type != "organisation":
                continue  # one joins a body as a member; "X joined Macron on Thursday" is company
            if predicate == "visits" and trigger_word == "in" and s.type != "person":
                continue  # "X is in Malaysia for the retreat" is a person's visit (not "Russia is in Syria for the long haul")
            if predicate == "occupies" and o.type not in ("state", "place"):
                continue  # "the Fatah-controlled Palestinian Authority": a body is run, land is occupied
            if predicate == "attacks" and o.type == "person" and o.id in leaders and not LETHAL.search(sentence, t_start, t_end + 20):
                continue  # "X attacked President Y" is in words (a commander or minister can be struck)
            if predicate == "leads" and (o.type == "state" or trigger_word in ("led", "headed")) and s.type != "person":
                continue  # "the party, which has led Japan since 2012", "Led by the US, NATO …": a person leads
            if predicate == "meets_with" and trigger_word.startswith(("told", "brief")) and not (s.type == o.type == "person"):
                continue  # "told the UN General Assembly", "briefed the Security Council": words to a body, not a meeting
            spans = {"trigger": (t_start, t_end)}
            spans.update({k: (slot.start, slot.end) for k, slot in (("subject", _slot_of(used, s) or _slot_of(slots, s)),
                                                                      ("object", _slot_of(used, o) or _slot_of(slots, o))) if slot})
            out.append(Statement(
                subject=s, predicate=predicate, object=o, date=when, date_precision=precision,
                date_source=source, until=until if PREDICATES[predicate].kind == "state" else None,
                evidence=sentence, article=article.id, confidence=confidence, hedged=rel.hedged,
                attributed_to=slots[int(according.group(1))].actor.name if according else None,
                event=event, place=where or place, trigger=sentence[t_start:t_end], spans=spans,
                modality="hypothetical" if mood == "hypothetical" else "asserted",
            ))
    behalf = ON_BEHALF.search(masked)
    if behalf:
        ctx.author = slots[int(behalf.group(1))].actor
    stating = [s.subject for s in out if s.predicate in STATEMENT_PREDICATES and s.subject.type == "organisation"]
    if stating and not ctx.group:
        ctx.group = stating[:1]  # "G7 ministers condemned …": whom "they" and "the ministers of …" are
    ctx.attackers.extend(s.subject for s in out if s.predicate == "attacks")
    attacks = [(s.subject, s.object) for s in out if s.predicate == "attacks"]
    if attacks or (out and not any("attacker" in rel.flags for rel, _ in relations)):
        ctx.last_attacks = attacks  # a sentence that tells nothing else, or reacts, keeps the act in view: "X called it …. Y described it as …"
    ctx.doers.update((s.predicate, s) for s in out if s.modality == "asserted")
    met = [s for s in out if s.predicate in PAIR_ACTS and s.modality == "asserted"]
    parties = list({a.id: a for s in met for a in (s.subject, s.object)}.values())
    if len(parties) >= 2 and not FIRST_PAIR.search(masked) and not (ctx.pair and PLURAL_REFERENCE.search(sentence)):  # (not when "the two" were the pair before)
        ctx.pair, ctx.pair_when = parties, (met[0].date, met[0].date_precision, met[0].date_source, None)
    armed = [m.actor for m in mentions if m.actor.type == "armed_group"]
    ctx.armed_group = armed[-1] if armed else ctx.armed_group
    states = [s.actor for s in slots if s.actor.type == "state"]
    ctx.state = states[0] if states else ctx.state
    led = [s.object for s in out if s.predicate == "leads"]
    ctx.led = led[-1] if led else ctx.led
    first = min(slots, key=lambda s: s.start, default=None)
    others = {s.actor.id for s in slots if s.actor.type == "person"} - {first.actor.id} if first else set()
    ctx.opening_person = first.actor if first and first.actor.type == "person" and OPENS_WITH.fullmatch(sentence, 0, first.start) \
        and not POSSESSIVE_AFTER.match(sentence, first.end) and len(others) >= 2 else None  # "Putin's spokesman X" opens with X
    out.extend(_roles(sentence, mentions, article, gazetteer))
    _remember_people(mentions, ctx)
    _remember_bare_names(sentence, slots, out, ctx)
    ctx.orgs.extend((m.actor, bool(gazetteer.members(m.actor.id))) for m in mentions if m.actor.type == "organisation")
    ctx.named.update(m.actor.id for m in mentions)
    return out


def _host_state(sentence: str, mentions, taken: set[tuple[int, int]], trigger: tuple[int, int], gazetteer: Gazetteer) -> Actor | None:
    """The state a meeting was held in, named in its trigger, right after it or after its other party
    ("held a meeting in Bangkok with", "met in Kyiv", "talks on Friday in the Turkish city of Istanbul",
    "met X in Riyadh"): a state, capital or listed place that is none of the parties."""
    trigger_start, trigger_end = trigger
    for m in mentions:
        after = [trigger_end] + [end for start, end in taken if trigger_end <= start and end <= m.start]
        inside = trigger_start <= m.start < trigger_end and MET_IN.search(sentence, trigger_start, m.start)
        if m.kind == "demonym" and not ((m.start, m.end) not in taken and PLACE_NOUN_AFTER.match(sentence, m.end)
                                        and any(AT_A_PLACE.fullmatch(sentence, pos, m.start) for pos in after)):
            continue  # (but "met at a South Korean air base": in South Korea)
        if m.kind != "demonym" and ((m.start, m.end) in taken or not (inside or any(MET_IN.match(sentence[pos:m.start]) for pos in after))):
            continue
        state = m.actor if m.actor.type == "state" else gazetteer.affiliation(m.actor.id) if m.actor.type == "place" else None
        if state is None and m.actor.type == "place":  # "met in the Saudi port city of Jeddah": a city no list has, in the state named
            owner = next((o.group("owner") for pos in after if (o := MET_IN.match(sentence[pos:m.start])) and o.group("owner")), None)
            state = gazetteer.lookup(owner) if owner else None
        if state is not None and state.type == "state":
            return state
    return None


def place_of(sentence: str, mentions, times, trigger: tuple[int, int], taken: set[tuple[int, int]]) -> str | None:
    """Where the sentence says it happened: the place named after "in", "near", "at" … in a
    mention that fills no slot (``taken`` spans), nearest the trigger ("in the Russian region of
    Kursk" → Kursk).

    A listed place gives its canonical name; a capital or an unlisted place its own words.
    """
    in_time = [(t.start, t.end) for t in times]
    candidates = []
    for m in mentions:
        if m.actor.type not in ("place", "state") or m.kind == "demonym" or (m.start, m.end) in taken:
            continue
        if any(a <= m.start < b for a, b in in_time):
            continue
        if PLACE_LEAD.search(sentence[max(0, m.start - 60):m.start]):
            candidates.append((m.start, m.actor.name if m.actor.type == "place" else m.text))
    for u in UNLISTED_PLACE.finditer(sentence):
        group = next(g for g in (1, 2, 3) if u.group(g))
        if not any(m.start <= u.start(group) < m.end for m in mentions):
            candidates.append((u.start(group), u.group(group)))
    if not candidates:
        return None
    middle = sum(trigger) / 2
    return min(candidates, key=lambda c: abs(c[0] - middle))[1]


def _place_to_state(actor: Actor, predicate: str, gazetteer: Gazetteer) -> tuple[Actor, str | None]:
    """A listed place as the target of an act stands for its state, and becomes the place:
    "Russia struck Kharkiv" is (Russia, attacks, Ukraine) in Kharkiv. Territory held is the place itself."""
    if actor.type != "place" or predicate in PLACE_PREDICATES:
        return actor, None
    state = gazetteer.affiliation(actor.id)
    return (state, actor.name) if state is not None else (actor, None)


def _place_named(sentence: str, mentions, rel, slots, host: Actor, gazetteer: Gazetteer) -> bool:
    """Whether the sentence names a state or place outside the host's state, other than the parties
    ("at the G20 summit in Rio, Xi hosted …"; not "hosted X at the White House")."""
    parties = [slots[i] for i in (*rel.subjects, *rel.objects)]
    return any(m.actor.type in ("state", "place") and m.kind != "demonym" and m.actor.id not in {p.actor.id for p in parties}
               and PLACE_BEFORE.search(sentence, max(0, m.start - 30), m.start)
               and (m.actor if m.actor.type == "state" else gazetteer.affiliation(m.actor.id) or m.actor).id != host.id
               and not any(p.start <= m.start and m.end <= p.end for p in parties) for m in mentions)  # (not a state in a party's title)


def _backed_object(slot: Slot, rel, masked: str) -> Actor:
    """What a compound backs: "Tehran-backed Hezbollah's leader X" backs Hezbollah, not X."""
    if slot.title_of is not None and rel.predicate == "supports" and masked[rel.trigger[0] - 1:rel.trigger[0]] == "-":
        return slot.title_of
    return slot.actor


def _slot_of(slots, actor):
    return next((s for s in slots if s.actor.id == actor.id), None)


def _roles(sentence, mentions, article, gazetteer: Gazetteer) -> list[Statement]:
    """``represents`` / ``leads`` for persons introduced with a role ("Moldovan president Maia Sandu").
    A prime minister leads the state, except where its head of state does ("Chinese Premier Li Qiang"
    acts for China)."""
    out, office = [], None
    for m in mentions:
        if m.actor.type != "person" or not m.affiliation or not m.role or NOT_CURRENT.search(m.role) or (
                OPPOSITION.search(m.role) and m.affiliation.type == "state"):
            continue  # an opposition leader does not act for the state (but for the opposition party)
        if NOT_FOR_THE_STATE.search(m.role) and m.affiliation.type == "state":
            continue
        if OFFICE_ENDED_BEFORE.search(sentence, max(0, m.start - 130), m.start):
            continue  # "the assassination of Hezbollah leader X", "rebels ousted President X": the office ends in the act told
        role, listed = m.role, gazetteer.role(m.actor.id)
        if listed and (COUNTERPART.search(role) or listed.endswith(" " + role) and not LEADER_ROLES.search(role)
                       or MILITARY_RANK.fullmatch(role) and LEADER_ROLES.search(listed)):
            role = listed  # "his Egyptian counterpart, Abdel Fattah El-Sisi", "Chief Adviser Yunus", "Colonel Assimi Goita": the office the list knows
        elif COUNTERPART.search(role) and office:
            role = office  # "President X and his US counterpart Y": Y holds the same office
        leads = LEADER_ROLES.search(role) and not SPOKESPERSON.search(role) \
            or m.affiliation.type in ("organisation", "armed_group") and (role == "chief" or role == "commander" and bool(
                TOP_COMMANDER.search(sentence, max(0, m.start - 40), m.end)))  # "IAEA chief X", "SDF's top commander, X" (not "a Hamas commander")
        office = role
        out.append(Statement(
            subject=m.actor, predicate="leads" if leads else "represents", object=m.affiliation, date=None,
            date_precision=None, date_source="none", evidence=sentence, article=article.id, confidence=0.8,
            trigger=m.role, spans={"subject": (m.start, m.end)},
        ))
    return out


def _own_offices(title: str, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The offices a page speaks for: a UK government readout ("PM call with President X: 18 December
    2024", published by "10 Downing Street") calls the British prime minister "the Prime Minister",
    whichever other prime minister it names."""
    if not (UK_GOVERNMENT_TITLE.search(title) and UK_NAMED.search(text) or DOWNING_STREET.search(text)):
        return []  # ("PM call with …" is also the form of India's and Australia's readouts)
    uk = gazetteer.actor("GBR")
    return [Mention(0, 0, "the Prime Minister", uk, "role", "prime minister", uk)]


def _remember_people(mentions, ctx):
    """Keep the persons, and the organisations found by their form, for later sentences."""
    ctx.people.extend(m for m in mentions if m.kind == "unlisted" and m.actor.id not in {p.actor.id for p in ctx.people})
    people = [m for m in mentions if m.actor.type == "person" and m.kind == "person"]
    if people:
        ctx.people.extend(people)
        ctx.last_person = people[-1].actor
        ctx.last_person_affiliation = people[-1].affiliation or ctx.last_person_affiliation


def _remember_bare_names(sentence, slots, statements, ctx):
    """A bare name that acts ("Nicusor Dan received …") or takes part in a statement is a person,
    whom a later surname alone refers to ("… congratulated Dan")."""
    used = {a.id for s in statements for a in (s.subject, s.object)}
    used |= {loser.id for loser, *_ in ctx.election.get("losers", ())} | {w.id for w in [ctx.election.get("winner")] if w}
    known = {p.actor.id for p in ctx.people}
    for s in slots:
        if s.kind == "bare_name" and s.actor.id not in known and (s.actor.id in used or OPENING_NAME.match(sentence, s.end) or NAMED_TO_OFFICE.match(sentence, s.end)):
            ctx.people.append(Mention(s.start, s.end, sentence[s.start:s.end], s.actor, "person"))
            known.add(s.actor.id)


def _told_before(s: Statement, earlier: list[Statement]) -> bool:
    """Whether ``s`` names again, by a definite or possessed noun, an act the entry has already told:
    "Russia launched a Christmas Day attack on Ukraine. … The Russian attack wounded six in
    Kharkiv" is one attack (on the day the first sentence gives)."""
    start = s.spans.get("trigger", (0, 0))[0]
    return bool(DEFINITE_NOUN.search(s.evidence, 0, start) and NOUN_ACT.match(s.trigger or "")) and any(
        (e.subject.id, e.predicate, e.object.id) == (s.subject.id, s.predicate, s.object.id)
        and (s.date_source in ("published", "entry") or e.date == s.date) for e in earlier)  # an own date makes it another


def _cosigned(statements: list[Statement], ctx: EntryContext) -> list[Statement]:
    """Copies of a group's statements for those who also signed them, sharing one event id."""
    if not ctx.cosigners:
        return []
    signers = {a.id for a in ctx.signers}
    out = []
    for s in statements:
        if s.subject.id not in signers or s.predicate not in STATEMENT_PREDICATES:
            continue
        s.event = s.event or _event_id(s.article, s.evidence, s.predicate, s.object.id)
        for signer in ctx.cosigners:
            if signer.id not in (s.subject.id, s.object.id):
                out.append(Statement(**{**s.__dict__, "subject": signer, "confidence": min(s.confidence, 0.7)}))
    return out


def extract_article(article: Article, gazetteer: Gazetteer | None = None, hypothetical: bool = False) -> list[Statement]:
    """The statements an article asserts, one per statement id, in reading order.

    With ``hypothetical``, also what it says could, would or is planned to happen
    ("France could send troops"), marked ``modality="hypothetical"`` with a low confidence.
    Negated statements ("did not attack") are never returned.
    """
    gazetteer = gazetteer or default_gazetteer()
    statements, people, orgs, named, attackers, election = [], [], [], set(), [], {}

    def remember_organisations(line):  # named in the title or a headline: "the Council" below is it
        orgs.extend((m.actor, bool(gazetteer.members(m.actor.id))) for m in gazetteer.find(line or "") if m.actor.type == "organisation")

    title = article.text.lstrip().split("\n", 1)[0]
    remember_organisations(title)
    author = _statement_author(title, gazetteer)
    offices = _own_offices(title, article.text, gazetteer)
    entries = list(segment(article.text))
    lead = _lead_day(entries, article.published)
    for entry in entries:
        anchor = entry.day or article.published
        default = (cut_date(anchor, "day"), "day", "entry" if entry.day else "published")
        remember_organisations(entry.headline)
        ctx = EntryContext(people=people, orgs=orgs, named=named, attackers=attackers, election=election,
                           author=author, offices=offices)
        found = []
        for sentence in entry.sentences:
            found.extend(s for s in extract_sentence(sentence, anchor, default, article, gazetteer, ctx) if not _told_before(s, found))
        statements.extend(_without_undated_repeats(found))
        statements.extend(_cosigned(found, ctx))
    if entries:  # the title (and a deck over the first text); later headlines, often captions, are left to their text
        day = (cut_date(article.published, "day"), "day", "published")
        for headline in (*entries[0].above, entries[0].headline):
            if headline and not QUESTION.search(headline) and not HEADLINE_NOT_NEWS.search(headline) \
                    and TRIGGER_WORDS.possible(headline) - TRIGGER_WORDS.always:  # (a title with none of the words of an act is not read)
                statements.extend(_headline_only(headline, article.published, day, article, gazetteer, author, statements))
    statements.extend(_election_results(statements, election, article))
    for s in statements:
        if lead is not None and s.date_source == "published" and s.predicate not in REACTIONS:
            s.date, s.date_precision, s.date_source = cut_date(lead, "day"), "day", "relative"  # the lead's "on Monday"
    unique = {}
    for s in _one_role_each(statements):
        if s.modality == "asserted" or hypothetical:
            kept = unique.setdefault(s.id, s)
            if kept.modality != "asserted" and s.modality == "asserted":
                unique[s.id] = s
    return list(unique.values())


def _without_undated_repeats(found: list[Statement]) -> list[Statement]:
    """An act told again in the same entry with no day of its own ("Trump welcomed X on November 18. …
    The two held a meeting in the Oval Office") is the act the entry dated."""
    def key(s):  # the same act whatever its date, in either direction where the predicate has none
        return statement_id(s.subject.id, s.predicate, s.object.id, None)

    dated = {}
    for s in found:
        if s.date_source in ("explicit", "relative") and s.modality == "asserted" and s.date_precision == "day":
            dated.setdefault(key(s), []).append(date.fromisoformat(s.date))

    def repeated(s):  # (an act years before is another act: "signed the BRI agreement in 2017")
        return any(abs((day - date.fromisoformat(s.date)).days) <= 14 for day in dated.get(key(s), ()))

    return [s for s in found if not (s.date_source == "published" and PREDICATES[s.predicate].kind == "event" and repeated(s)
                                     and not ANOTHER_TIME.search(s.evidence))]


def _headline_only(headline: str, anchor: date, default, article: Article, gazetteer: Gazetteer, author, told) -> list[Statement]:
    """The acts a title tells that the text does not ("US and UK strike Yemen" over a text on
    aid ships): read on its own, with no roles (the text names persons in full)."""
    ctx = EntryContext(people=[], orgs=[], named=set(), attackers=[], election={}, author=author)
    acts_for = {s.subject.id: s.object.id for s in told if s.predicate in ("leads", "represents")}

    def body(actor):  # "German foreign minister confirms support for X" over a text where Baerbock does
        return acts_for.get(actor.id) or getattr(gazetteer.affiliation(actor.id), "id", None) or actor.id

    def same(a, b):  # one actor, or a person and the state they act for (not two persons of one state)
        return a.id == b.id or (a.type == "person") != (b.type == "person") and body(a) == body(b)

    return [s for s in extract_sentence(headline, anchor, default, article, gazetteer, ctx)
            if s.predicate not in ("leads", "represents")
            and not any(t.predicate == s.predicate and (same(s.subject, t.subject) and same(s.object, t.object) or PREDICATES[s.predicate].symmetric
                                                        and same(s.subject, t.object) and same(s.object, t.subject)) for t in told)]


def _statement_author(title: str, gazetteer: Gazetteer) -> Actor | None:
    """The state or organisation whose statement the page is, by its title ("EU Statement –
    UN Security Council: …", "Joint statement by the G7 foreign ministers"), else None."""
    mentions = gazetteer.find(title)
    masked, _ = mask(title, [(m.start, m.end) for m in mentions])
    found = STATEMENT_TITLE.match(masked)
    if found is None and (end := STATEMENT_TITLE_END.search(masked)) and not ANSWERED_BEFORE.search(masked, 0, end.start(1) - 1):
        found = end
    if found is None:
        return None
    author = mentions[int(found.group(1) or found.group(2))].actor
    return author if author.type in ("state", "organisation") else None


# "… bought votes prior to the referendum on Sunday": the day of another event than the news
OTHER_DAY = re.compile(r"\b(?:prior to|before|after|following|since|ahead of|until)\b[^,;]*$", re.IGNORECASE)


# the wire lead's day stands between its subject and verb: "X on Monday (Aug 18) said …"
LEAD_VERB = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?(?:\w+ly\s+)?(?:said|says|told|met|held|sent|made|took|gave|spoke|won|began|struck|hit|[a-z]+ed)\b")


def _lead_day(entries, published: date) -> date | None:
    """The day a report's lead sentence gives its news, a few days before it was published,
    in the wire's form "X on Monday said …" (in a story of Tuesday): the day of what the
    report tells undated. None for a live blog (whose entries have days of their own) or a lead with no day."""
    if any(e.day for e in entries):
        return None
    first = next((e.sentences[0] for e in entries if e.sentences), None)
    if first is None:
        return None
    t = next((t for t in find_times(first, published) if t.role == "at" and t.when.precision == "day"), None)
    if t is not None and published - timedelta(days=3) <= t.when.day < published and LEAD_VERB.match(first, t.end) \
            and not OTHER_DAY.search(first, max(0, t.start - 60), t.start):
        return t.when.day
    return None


def _one_role_each(statements: list[Statement]) -> list[Statement]:
    """A person's ``represents`` a state is left out where the article says the person ``leads`` it
    ("President X" once, "X" of the state again), and a role read from a relation on a day where a
    title already gives it. Every role the article gives is kept, whether or
    not the person does anything else in it: who holds which office is what the graph's roll-up
    from persons to their states rests on."""
    leaders = {(s.subject.id, s.object.id) for s in statements if s.predicate == "leads"}
    titled = {(s.subject.id, s.predicate, s.object.id) for s in statements if s.predicate in ROLE_PREDICATES and s.date is None}
    return [s for s in statements if not (s.predicate == "represents" and (s.subject.id, s.object.id) in leaders)
            and not (s.predicate in ROLE_PREDICATES and s.date is not None and (s.subject.id, s.predicate, s.object.id) in titled)]


def mark_evidence(s: Statement) -> str:
    """The evidence with the two actors in [brackets] and the trigger in <<angles>>."""
    by_span = {span: kind for kind, span in s.spans.items()}  # "[the two leaders]" stand for both actors: marked once
    marks = sorted(by_span.items(), key=lambda x: -x[0][0])
    text = s.evidence
    for (start, end), kind in marks:
        left, right = ("<<", ">>") if kind == "trigger" else ("[", "]")
        text = text[:start] + left + text[start:end] + right + text[end:]
    return text


def extract_many(articles: list[Article], workers: int | None = None, progress=None) -> list[list[Statement]]:
    """Statements of many articles, extracted on all cores (``workers`` processes; 1 for none).

    ``progress`` is called once per article done. The result is in the order of ``articles``.
    """
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(articles) < 2 * workers:
        out = []
        for a in articles:
            out.append(extract_article(a))
            if progress:
                progress()
        return out
    # spawn, not fork: the calling process may host the embedded server's JVM
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        out = []
        for statements in pool.map(extract_article, articles, chunksize=8):
            out.append(statements)
            if progress:
                progress()
        return out
