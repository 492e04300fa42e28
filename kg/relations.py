"""Predicate triggers: which actor does what to whom in one sentence.

Actor mentions are first replaced by tokens (``⟦3⟧``) so that a pattern speaks of
actors and words only. A pattern may name its subject ``{S}`` and object ``{O}``;
a slot it leaves open is filled from the sentence (the nearest actor before the
trigger, the first actor after it; the possessor of a noun trigger: "Trump's meeting
with X", or what "its" stands for; in an opening phrase, the subject of the clause
after it: "During a visit to X, Y said …"), then from the reported speaker or the
entry's last subject ("they", "the ministry"). Coordinated actors ("South Korea,
Australia and New Zealand") fill a slot together.
"""

import re
from dataclasses import dataclass, field

from kg.prefilter import Prefilter

GAP = r"[^⟦;]{0,70}?"  # a few words, no other actor
# "threatened more attacks", "warned of new strikes": an act threatened, not done
THREAT_VERB = r"(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)? of|vow(?:s|ed|ing)?)\s+"
THREAT_MODIFIER = r"(?:more|new|further|fresh|renewed|retaliatory|military|massive|possible|heavy|harsh)"
FORCE = r"(?:attacks?|strikes?|air ?strikes|bombings?|retaliation|reprisals?|military action|action|war)"
THREATENED_ACT = THREAT_VERB + rf"(?:{THREAT_MODIFIER}\s+){{0,2}}" + FORCE
# "… agreed to deepen cooperation between the EU and Moldova": those two cooperate, not the ones who agreed
COOPERATION_BETWEEN_OTHERS = r"(?!\s+(?:[\w-]+\s+)?(?:cooperation|ties|relations|relationship|partnership)\s+between\s+(?:the\s+)?⟦)"
# what is signed: "an agreement", "a memorandum", "a package of documents", "nine MoUs"
SIGNED_TEXT = r"(?:agreement|treaty|deal|pact|accord|memorand(?:um|a)|MoUs?|declaration|documents|charter|protocol)"
APPOSITION = r"(?:,\s+(?:the\s+)?⟦\d+⟧)?,?"  # "X and his counterpart, Y, signed": the counterpart is Y
# "from his counterpart in X, President Y": Y
COUNTERPART = r"(?:(?:⟦\d+⟧\s+)?(?:counterpart|colleague|peer)\s+(?:in|from|of)\s+⟦\d+⟧,?\s+(?:[\w-]+\s+){0,2}?(?=⟦))?"
# "A and B then met C", "A and B spoke by phone with C": the pair met a third party, not each other
THIRD_PARTY = (r"(?!\s+(?:with\s+|to\s+|on the phone with\s+|by phone with\s+)?(?:the\s+)?"
               r"(?:(?!(?:in|at|on|during|for|near|outside|after|before|ahead|last|this|earlier|later|and|over|about)\b)[\w-]+\s+){0,2}⟦)")
# "Ukrainian and Russian officials met": the two states' teams
PAIR_TEAMS = r"(?:\s+(?:top\s+|senior\s+)?(?:officials|delegations|delegates|negotiators|diplomats|envoys|teams|representatives|leaders|(?:foreign\s+|defen[cs]e\s+|trade\s+)?ministers))?"
# "have been engaged in talks", "are holding talks"; talks direct or face-to-face (not indirect or separate ones, nor
# talks "through mediators": see the meeting pattern)
ONGOING = r"(?:(?:are|were|have\s+been|had\s+been)\s+)"
OPEN_TALKS = r"(?:(?:direct|face-to-face|bilateral|fresh|further|high-level|formal|closed-door|extensive|lengthy|(?:two|three|four)\s+(?:days|rounds)\s+of)\s+)?"
# what may stand between a pair and its verb: "A and B have also formally signed", "A and B on Tuesday reportedly agreed"
PAIR_LEAD = r"(?:(?:have|had|both|also|already|now|first|again|last|then|later|finally|yesterday|today|(?!(?:likely|unlikely|nearly|hardly|barely|scarcely|rarely|probably|possibly|supposedly|only)\b)\w+ly|on\s+\w+day|on\s+[A-Z][a-z]+\s+\d{1,2})\s+){0,3}"
# a clause's worth of words, no other actor, not into the next clause ("…, as she said …")
CLAUSE_JOIN = r"(?:[,”\"]\s*[“”\"]?\s*(?:as|while|whereas|because|when|which|who|but|although)\b|\bas\s+(?:she|he|they|it|we|I)\b)"
WIDE_GAP = rf"(?:(?!{CLAUSE_JOIN})[^⟦;]){{0,120}}?"
# the same, and it may pass actors: "X vowed his country and its allies would …" is X's vow
SPEECH_GAP = rf"(?:(?!{CLAUSE_JOIN})(?:[^⟦;]|⟦\d+⟧)){{0,120}}?"
LONG_GAP = r"[^;]{0,140}?"  # may pass other actors
POSS = r"(?:['’‘]s?)?"
Q = r"[“”\"‘’']?\s*"
# the guest a host welcomes, with a title and an apposition: "welcomed his Sierra Leonean counterpart, President [X], to"
# or the state after the name: "welcomed Prime Minister [X] of Barbados to"
# ties gone bad: "deteriorated", "soured", "came under strain", "hit a low", "did not last"
SOURED = r"deteriorat\w*|sour\w*|worsen\w*|strain\w*|tense|tensions?|low|lowest|(?:did|does|do)\s+not\s+last|never\s+recovered"
# the host named after "by", with a title and an apposition: "received by the country's Head of State, Captain [X]"
BY_HOST = r"(?:the\s+(?:country|nation|kingdom)['’]s\s+)?(?:(?:(?-i:[A-Z])[\w.-]*|of|the)(?:\s+|,\s+)){0,7}?"
COUNTERPART_NAMED = r"(?:his|her|their)\s+(?:⟦\d+⟧\s+)?(?:[\w-]+\s+)?counterpart,\s+(?:(?-i:[A-Z])[\w.]*\s+){0,3}?"
GUEST_APPOSED = r"(?:" + COUNTERPART_NAMED + r")?"
GUEST = r"(?:" + COUNTERPART_NAMED + r"|(?:(?!(?:by|of)\b)[\w-]+\s+){0,3}?)"
GUEST_HOME = r"(?:\s+of\s+(?:the\s+)?⟦\d+⟧)?,?"
THE = r"(?:(?:the|his|her|their|its)\s+(?:(?:veteran|newly elected|newly re-elected|re-elected|incoming|outgoing|embattled|long-serving|longtime|long-time)\s+)?)?(?:(?-i:H\.\s?E\.?|His Excellency|Her Excellency)\s+)?(?:(?-i:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Sheikh|Minister|Foreign Minister|Secretary|Mr|Mrs|Ms|Dr)\.?\s+)?"  # "accused his Russian counterpart X", "thanked President X"
# "over the weekend", "over Kyiv": time or place, not the matter of a quarrel ("hit China over ship ramming")
OVER_TIME_OR_PLACE = r"(?:the\s+)?(?:head|border|weekend|past|last|next|night|nights|course|skies?|sea|[A-Z]\w*\s+Sea|days?|weeks?|months?|hours?|years?|period|several|two|three|four|five|recent|a\s+(?:day|week|month|period|weekend))\b|\d|⟦\d+⟧(?!['’]|\s+[a-z])"
# a tariff and what it falls on: "an additional 10% tariff", "emergency 25% tariffs" … "on all Colombian goods", "on imports from China"
TARIFF = (r"(?:(?:an?|new|fresh|additional|further|extra|emergency|steep|sweeping|retaliatory|reciprocal|blanket|across-the-board|higher|"
          r"[\d.]+\s*(?:%|per\s?cent|percent))\s+){0,4}(?:import\s+)?(?:tariffs?|duties|levies)")
TARIFF_ON = r"\s+on\s+(?:all\s+|most\s+|some\s+)?(?:(?:[\w-]+\s+){0,2}?from\s+)?" + THE + r"{O}"
PLACE_KIND = r"(?:(?:(?:key|strategic|eastern|frontline|front-line)\s+)?(?:village|town|city|settlement|port|region|province|oblast|district)\s+of\s+)?"
WEAPONS = (r"(?:weapons|weaponry|arms|missiles?|drones?|ammunition|munitions|shells|artillery|rockets|tanks|jets|fighter jets|warplanes|"
           r"howitzers|launchers|interceptors|armou?red (?:vehicles|personnel carriers)|infantry fighting vehicles|(?:glide |cluster )?bombs|cluster munitions|air defen[cs]e(?: systems?)?|(?:missile|defen[cs]e|rocket|Patriot|HIMARS|NASAMS|IRIS-T) (?:systems?|batteries)|"
           r"Patriots|HIMARS|ATACMS|F-16s?)")
TROOPS = (r"(?:troops|soldiers|forces|boots|personnel|military units|fighters|peacekeepers|police officers|marines|paratroopers|"
          r"special forces|military advisers|military instructors|military trainers|trainers|mercenaries)")
ARMED = r"(?:['’]s\s+(?:army|military|armed forces|forces|troops|government))?"  # "between Sudan's army and X"
# the verbs that put a name to someone or to an act: "branded X a pariah", "described the strike as a provocation"
LABEL = r"call(?:s|ed|ing)?|label(?:s|led|ed|ling)?|brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|characteri[sz](?:e|es|ed|ing)|term(?:s|ed|ing)?"
ENEMY = (r"(?:threat|menace|danger|terrorists?|terrorist (?:state|organi[sz]ation|group|regime)|aggressor|enemy|adversary|occupier|"
         r"occupying power|warmongers?|separatists?|(?:foreign\s+)?hostile (?:force|power|state|regime)|dictator(?:ship)?|tyrant|war criminal|criminal (?:regime|state)|rogue state|pariah|puppet|provocateur|violator|fascists?|genocidal)")
# what one welcomes of another's: "welcomed the US decision"
WELCOMED = (r"(?:decisions?|announcements?|moves?|sanctions|measures|steps?|efforts?|initiatives?|proposals?|plans?|offers?|statements?|"
            r"commitments?|pledges?|participation|involvement|contributions?|accession|support|leadership|mediation|stance|position|resolution|ruling|verdict|designation|recognition|invitation)")
# what one is accused of doing, in the present: "shelters militants", "is meddling in the vote"
WRONGDOING = (r"(?:shelter(?:s|ing)?|harbou?r(?:s|ing)?|sponsor(?:s|ing)?|financ(?:es|ing)|funds|funding|arms|arming|"
              r"violat(?:es|ing)|breach(?:es|ing)|attacks|attacking|targets|targeting|kills|killing|interfer(?:es|ing)|meddl(?:es|ing)|"
              r"sabotag(?:es|ing)|plots|plotting|provok(?:es|ing)|destabili[sz](?:es|ing)|incit(?:es|ing)|smuggl(?:es|ing)|"
              r"persecut(?:es|ing)|tortur(?:es|ing)|spread(?:s|ing)? (?:disinformation|propaganda|lies)|hides|hiding|stages|staging|fabricat(?:es|ing))")
BLAMED = (r"(?:attacks?|strikes?|blasts?|killings?|deaths?|downing|explosions?|crash|massacres?|violence|bombings?|shootings?|"
          r"assassinations?|sabotage|hack(?:ing)?|cyber-?attacks?|incursions?|poisoning|murders?)")  # what one is blamed for
DRILLED = r"(?:(?:on|this|last|early|late)\s+\w+\s+|\w+day\s+)?(?:across\s+(?:[\w-]+\s+){1,3}?)?(?:in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:waters|skies|seas|airspace)(?:\s+and\s+(?:[\w-]+\s+)?(?:waters|skies|seas|airspace))?\s+)?(?:around|near|off|encircling|surrounding|close to)\s+(?:the\s+)?(?:coast\s+of\s+)?{O}"
NOT_WITH_PARTNERS = r"(?![^.;]{0,80}(?<!rise )(?<!rising )(?<!tensions )\b(?:with|together with|alongside|jointly|to test|participation)\b)"  # "exercises near Norway with Norwegian troops"
VOTE_WORD = r"elections?|electoral|votes?|voters|polls?|ballots?|seats|run-?off|per ?cent|%"
AHEAD = r"(?P<T>finish(?:es|ed|ing)?|came|comes|coming|end(?:s|ed)?\s+up)\s+(?:(?:first|well|comfortably|narrowly|just|clearly|far)\s+)*ahead\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?{O}"
AID = r"(?:aid|assistance|funding|loans?|financing|grants?|donations?|relief|bail-?outs?|credit lines?)"

# (predicate, pattern). {S}/{O}: the subject/object actor; (?P<T>…): the trigger words.
PATTERNS: list[tuple[str, str]] = [
    # troops
    ("sends_troops_to", rf"{{S}}{GAP}\b(?P<T>send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|move[sd]?|moving)\b{GAP}\b{TROOPS}\b{GAP}\b(?:to|into|in)\s+(?:neighbou?ring\s+)?{THE}{{O}}"),
    ("sends_troops_to", rf"{{S}}{GAP}\b(?P<T>send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\b{GAP}\b{TROOPS}\s+to\s+(?:fight|serve|help)\s+(?:alongside|with|for)\s+{THE}{{O}}"),
    ("sends_troops_to", rf"{{S}}\s+(?P<T>{TROOPS})\b(?:\s+(?:are|were|is|have been|had been|being|have|has|had)(?:\s+already)?)?\s+(?:(?:sent|deployed|dispatched|heading|headed|on their way|stationed|fighting|arrived|arriving|landed)\s+)?(?:to|into|in|on)\s+{THE}{{O}}"),
    # "about 4,000 troops from Rwanda in Congo"
    ("sends_troops_to", rf"\b(?P<T>{TROOPS})\s+from\s+{THE}{{S}}\s+(?:(?:are|were|is)\s+)?(?:stationed|deployed|fighting|operating|based)\s+(?:in|inside)\s+{THE}{{O}}"),
    ("sends_troops_to", rf"\b(?:there\s+(?:are|were)\s+(?:[\w,]+\s+){{0,4}}?|(?:about|some|around|nearly|more than|over|at least|thousands of|hundreds of|\d[\d,]*)\s+(?:[\w,]+\s+){{0,2}}?)(?P<T>{TROOPS})\s+from\s+{THE}{{S}}\s+(?:in|inside)\s+{THE}{{O}}(?!\s+(?:left|withdrew|pulled out|departed)\b)"),
    ("sends_troops_to", rf"{{O}}{POSS}\s+{Q}(?P<T>deployment|use|recruitment)\s+of{GAP}{{S}}\s+{TROOPS}"),
    ("sends_troops_to", rf"\b(?P<T>deployment|dispatch)\s+of\s+(?:[\w-]+\s+){{0,5}}?(?:force|forces|troops|soldiers|units|contingent|peacekeepers)\s+(?:to|in|into)\s+{THE}{{O}}"),
    ("sends_troops_to", rf"\b{TROOPS}\s+from\s+{THE}{{S}}{GAP}\b(?P<T>sent|deployed|dispatched|moved)\s+to\s+{THE}{{O}}"),
    ("sends_troops_to", rf"{{S}}{POSS}\s+(?:\w+\s+){{0,2}}(?P<T>troop (?:dispatch|deployment)|deployment of troops|dispatch of troops)\s+(?:to\s+(?:aid|help|support)\s+|to\s+|into\s+|in\s+){THE}{{O}}"),
    ("sends_troops_to", rf"\b(?P<T>send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\b{GAP}(?:⟦\d+⟧\s+)?\b(?:{TROOPS}|(?:military |air force |naval )?assets|aircraft|warships|fighter jets|jets|squadrons?)\s+(?:in support of|to (?:help|support|defend|protect))\s+{THE}{{O}}"),
    # weapons
    ("supplies_weapons_to", rf"{{S}}{GAP}\b(?P<T>suppl(?:y|ies|ied|ying)|sen[dt]s?|sending|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|ship(?:s|ped|ping)?|transfer(?:s|red|ring)?|gave|give[sn]?|giving)\b{GAP}\b{WEAPONS}\b{GAP}\bto\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"{{O}}{POSS}\s+{Q}(?:\w+\s+)?{Q}(?P<T>procurement|purchase|acquisition|use|import)\W*\s+of\s+{{S}}\s+(?:[\w-]+\s+){{0,3}}?{WEAPONS}"),
    ("supplies_weapons_to", rf"{{S}}\s+(?P<T>{WEAPONS})\s+(?:supplied|sent|delivered|given|sold)\s+to\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"\b(?P<T>(?:support|back|help|assist)(?:s|ed|ing)?)\s+{THE}{{O}}\s+with\s+(?:[\w-]+\s+){{0,2}}?{WEAPONS}"),  # "supports Taiwan with arms"
    ("supplies_weapons_to", rf"\b(?P<T>gave|give[sn]?|giving|sen[dt]s?|sending|sold|sells?|selling)\s+{THE}{{O}}\s+(?:(?:[\w-]+|and)\s+){{0,5}}?{WEAPONS}\b"),
    ("supplies_weapons_to", rf"\b(?P<T>(?:arms|weapons?|missiles?|munitions|ammunition|drones?)\s+(?:transfers?|shipments?|deliveries|supplies|sales|exports?)|(?:transfers?|shipments?|deliver(?:y|ies)|suppl(?:y|ies)|sales?|exports?)\s+of\s+(?:[\w-]+\s+){{0,2}}{WEAPONS})\s+from\s+{THE}{{S}}\s+to\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"{{S}}{POSS}\s+(?P<T>(?:arms|weapons|missile|drone|military equipment)\s+(?:sales?|transfers?|deliveries|shipments?|exports?))\s+to\s+{THE}{{O}}"),  # "a newly announced US weapons sale to Taiwan"
    ("supplies_weapons_to", rf"\b(?P<T>(?:weapons|arms|military aid|security assistance) package)\s+(?:for|to)\s+{THE}{{O}}"),
    # "Washington approved a $1 billion arms sale to Taiwan"
    ("supplies_weapons_to", rf"\b(?:approv|announc|clear|authori[sz]|finali[sz]|conclud|agree)\w*\s+(?:(?:a|an|the|its|new)\s+)?(?:[$€£\w.,-]+\s+){{0,4}}?(?P<T>(?:arms|weapons|missile|drone|military equipment)\s+(?:sales?|deals?|transfers?|deliver(?:y|ies)))\s+(?:to|for|with)\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"\b(?P<T>arm(?:s|ed|ing)|rearm(?:s|ed|ing))\s+{THE}{{O}}(?!\s+(?:with|forces|groups?)\b)"),
    ("supplies_weapons_to", rf"{{S}}{GAP}\b(?P<T>provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|arm(?:s|ed|ing)|equip(?:s|ped|ping))\s+{THE}{{O}}\s+with\s+(?:[\w$-]+\s+){{0,4}}?{WEAPONS}"),
    # aid
    ("provides_aid_to", rf"{{S}}{GAP}\b(?P<T>provide[sd]?|providing|give[sn]?|gave|sen[dt]s?|deliver(?:s|ed)?|pledge[sd]?|approve[sd]?|announce[sd]?)\b{GAP}\b{AID}\b{GAP}\b(?:to|for)\s+{THE}{{O}}"),
    ("provides_aid_to", rf"\b(?P<T>{AID})\s+(?:package\s+)?(?:to|for)\s+{THE}{{O}}"),
    ("provides_aid_to", rf"\b(?P<T>giv(?:e|es|en|ing)|gave|sen[dt](?:s|ing)?|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|lend(?:s|ing)?|lent)\s+{THE}{{O}}\s+(?:(?:more than|over|nearly|almost|about|around|some|another|an additional|a further|up to)\s+)?(?:[$€£]\s?[\d.,]+|[\d.,]+)\s*(?:(?:billion|million|bn|m)\s+)?(?:(?:dollars|euros|pounds)\s+)?(?:(?:worth\s+)?(?:in|of)\s+)?(?:[\w-]+\s+){{0,2}}?{AID}\b"),
    # "Japan pledged $1 billion to Ukraine": a sum given or pledged to another is aid
    ("provides_aid_to", rf"\b(?P<T>pledg(?:e|es|ed|ing)|gave|give[sn]?|giving|donat(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|grant(?:s|ed|ing)?|disburs(?:e|es|ed|ing)|earmark(?:s|ed|ing)?)\s+"
     r"(?:(?:an?\s+)?(?:additional|further|extra|another|new)\s+)?(?:(?:more than|over|nearly|almost|about|around|some|up to)\s+)?[$€£]\s?[\d.,]+\s*(?:(?:billion|million|bn|m|trillion)\b\s*)?"
     rf"(?:\([^)]{{0,30}}\)\s*)?(?:(?:in|of|worth)\s+)?(?:[\w-]+\s+){{0,2}}?(?:to|for)\s+{THE}{{O}}(?:['’]s\s+(?:reconstruction|recovery|defen[cs]e|budget|economy|army|military|armed forces|war effort|people)\b|(?![\w'’-]))"),
    ("provides_aid_to", rf"{{S}}{GAP}\b(?P<T>provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying))\s+{THE}{{O}}\s+with\s+(?:[\w$-]+\s+){{0,4}}?(?:\w+\s+)?{AID}"),
    ("supplies_weapons_to", rf"{{S}}\s+(?:is|are|was|were|has been|have been|has become|have become|remains?|remained|became|becomes?)\s+(?:(?:a|an|the|one of the)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<T>suppliers?|providers?|exporters?|sources?)\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{WEAPONS}|(?:military|security|defen[cs]e)\s+(?:equipment|hardware|materiel))\s+(?:to|for)\s+{THE}{{O}}"),
    ("provides_aid_to", rf"{{S}}{GAP}\bas\s+{{O}}{POSS}\s+(?:\w+\s+){{0,2}}(?P<T>donor|backer|supplier)\b"),
    # "Germany will remain the strongest supporter of Ukraine"; "we are grateful to Germany"
    ("supports", rf"\b(?:strongest|staunchest|biggest|largest|main|key|firm|steadfast|reliable|loyal|leading|closest)\s+(?P<T>supporters?|backers?|allies|ally|friends?|defenders?)\s+of\s+{THE}{{O}}"),
    # "the Houthis' main regional backer, Iran": the backer named after the comma
    ("supports", rf"{{O}}['’]s?\s+(?:(?:main|chief|key|principal|biggest|top|staunchest|closest|regional|foreign|military|financial)\s+){{0,2}}(?P<T>backers?|patrons?|sponsors?|benefactors?)\s*,\s+{THE}{{S}}"),
    ("supports", rf"\b(?P<T>(?:deeply\s+|very\s+|truly\s+|sincerely\s+)?(?:grateful|thankful)\s+to)\s+{THE}{{O}}"),
    # "Ukraine was very thankful for US support", "Kyiv continues to rely on Saudi Arabia's active support": S backs O
    ("supports", rf"{{O}}\s+(?:is|was|were|are|remains?|remained)\s+(?:(?:deeply|very|truly|sincerely|extremely)\s+)?(?P<T>grateful|thankful)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?{{S}}{POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:support|backing|help|assistance|aid)\b"),
    ("supports", rf"{{O}}\s+(?:(?:can|could|continues?\s+to|continued\s+to|will\s+continue\s+to)\s+)?(?P<T>(?:rel(?:y|ies|ied)|count(?:s|ed)?|depend(?:s|ed)?)\s+on)\s+{THE}{{S}}{POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:support|backing|help|assistance|aid)\b"),
    ("supports", rf"{{S}}\s+(?:has\s+)?(?:become|became|is|was|remains|remained)\s+(?:(?:by far|also|still|now|long)\s+)?(?:one\s+of\s+)?{{O}}{POSS}\s+(?:\w+\s+){{0,2}}(?P<T>backers?|supporters?|allies|ally|defenders?)\b"),
    # "X has been using Iranian drones": the maker of what X uses supplied it
    ("supplies_weapons_to", rf"{{O}}\s+(?:(?:has|have|had|is|are|was|were|been|reportedly|also|now)\s+){{0,3}}(?P<T>us(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+{{S}}(?:-made|-built|-supplied)?\s+(?:[\w-]+\s+){{0,2}}?{WEAPONS}"),
    ("supplies_weapons_to", rf"{{O}}\s+(?:(?:has|have|had|is|are|was|were|been|reportedly|also)\s+){{0,3}}(?P<T>receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|bought|buys?|buying|import(?:s|ed|ing)?|got|gets)\s+(?:[\w-]+\s+){{0,4}}?{WEAPONS}\s+from\s+{THE}{{S}}"),
    ("supplies_weapons_to", rf"{{O}}{GAP}\b(?P<T>procur(?:e|es|ed|ing)|bu(?:y|ys|ying)|bought|acquir(?:e|es|ed|ing)|import(?:s|ed|ing)?|receiv(?:e|es|ed|ing))\b(?:\s+and\s+\w+)?\s+{{S}}\s+(?:[\w-]+\s+){{0,2}}{WEAPONS}"),
    # support
    ("supports", rf"(?<!-)\b(?P<T>support(?:s|ed|ing)?|back(?:s|ed|ing)?|endorse[sd]?|(?:stands?|stood|standing) (?:(?:united|firmly|together|resolutely|shoulder to shoulder)\s+)?(?:with|by)|side[sd]? with|siding with)\s+(?:what\s+(?:it|they|he|she|we)\s+(?:called|calls|described\s+as)\s+{Q})?{THE}{{O}}"),  # "backed what it called Israel's right to defend itself"
    # "affirming Israel's right to defend itself", "reaffirmed Ukraine's inherent right to self-defence"
    ("supports", rf"\b(?P<T>(?:re)?affirm(?:s|ed|ing)?|recogni[sz](?:e|es|ed|ing)|underlin(?:e|es|ed|ing)|stress(?:es|ed|ing)?|uph(?:o|e)ld(?:s|ing)?|emphasi[sz](?:e|es|ed|ing))\s+{THE}{{O}}['’]s?\s+(?:(?:inherent|legitimate|full|sovereign|undeniable)\s+)?right\s+to\s+(?:self-defen[cs]e|defend\s+(?:itself|themselves|its|their))"),
    ("supports", rf"{{S}}{POSS}\s+(?:\(\s*⟦\d+⟧\s*\)\s+)?(?:\w+\s+){{0,2}}(?P<T>support|backing|solidarity)\s+(?:for|to)\s+{THE}{{O}}"),
    ("supports", rf"\b(?P<T>support|backing|solidarity|commitment)\s+(?:for|to|(?<=solidarity )with)\s+{THE}{{O}}"),
    # "is committed to defending Taiwan", "remains committed to Israel's security", "a commitment to support Ukraine"
    ("supports", rf"\b(?P<T>(?:committed|commitments?)\s+to\s+(?:(?:continue\s+to\s+|further\s+)?(?:support(?:ing)?|defend(?:ing)?|protect(?:ing)?|help(?:ing)?|back(?:ing)?|assist(?:ing)?|stand(?:ing)?\s+(?:with|by))\s+)?){THE}{{O}}"),
    # "X, with the support of A and B, presented …": A and B back X in it
    ("supports", rf"{{O}},\s+(?:(?:with|backed by|supported by)\s+)(?:the\s+)?(?:full\s+|strong\s+|active\s+)?(?P<T>support|backing|help|assistance)\s+of\s+{THE}{{S}}"),
    # "strikes carried out by X with support from A, B and C"
    ("supports", rf"(?<!\bfrom )(?<!\bof )(?<!\bin )(?<!\bagainst ){{O}},?\s+with\s+(?:(?:full|strong|active|logistical|military|intelligence)\s+)?(?P<T>support|backing|help|assistance|participation)\s+from\s+{THE}{{S}}"),
    # "X, a populist conservative backed by US President Y": Y backs X
    ("supports", rf"(?<!\bto )(?<!\bfor )(?<!\bof )(?<!\bin )(?<!\bwith ){{O}},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?P<T>backed|endorsed|supported)\s+by\s+{THE}(?:(?-i:[A-Z])[\w.-]*\s+){{0,3}}?{{S}}(?!['’]s)"),
    # "congratulated his successor and predecessor X"
    ("supports", rf"\b(?P<T>congratulat(?:e|es|ed|ing))\s+(?:his|her|their|the)\s+(?:(?:successor|predecessor|rival|opponent|challenger|counterpart|and|new|newly|elected)\s+){{1,4}}{{O}}"),
    # "congratulated X on his victory", "sent congratulations to X"
    ("supports", rf"\b(?P<T>congratulat(?:e|es|ed|ing))\s+{THE}{{O}}"),
    ("supports", rf"\b(?P<T>congratulat(?:e|es|ed|ing))\s+(?:the\s+)?(?:(?:election|poll|race|vote)\s+)?(?:winner|victor|president-elect|prime minister-elect),?\s+{{O}}"),
    # "the Russian president sent Pezeshkian a congratulatory telegram"
    ("supports", rf"\b(?P<T>sen[dt]s?)\s+{THE}{{O}}\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:congratulatory\s+(?:message|telegram|letter|cable|note)|message\s+of\s+congratulations?|letter\s+of\s+congratulations?)"),
    ("supports", rf"\b(?P<T>stump(?:s|ed|ing)?\s+for|campaign(?:s|ed|ing)?\s+(?:for|on behalf of)|rall(?:y|ies|ied|ying)\s+behind)\s+{THE}{{O}}(?!['’]s?\s)"),  # "Kristi Noem stumped for Nawrocki"
    # "thanked X for his support of Y": X backs Y (and the thanks back X)
    ("supports", rf"\bthank(?:ed|s|ing)?\s+{THE}{{S}}\s+for\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<T>support|backing|solidarity)\s+(?:of|for|to|towards|with)\s+{THE}{{O}}"),
    ("supports", rf"\bthank(?:ed|s|ing)?\s+{THE}{{S}}(?:\s+(?:host|hosts|counterpart|government|leadership|people|friends?))?\s+for\s+(?P<T>supporting|backing|standing\s+(?:with|by)|helping)\s+{THE}{{O}}(?!\s*(?:,|and)\s+{THE}⟦)"),  # "thanked his North Korean host for supporting Russian policy"
    # thanks are backing: "Zelensky thanked Germany", not "thanks to X" (because of X)
    ("supports", rf"\b(?P<T>thank(?:ed|ing)?|thanks(?!\s+to\b)|(?:express|extend)(?:s|ed|ing)?\s+(?:(?:its|his|her|their|our|deep|sincere|profound)\s+)*(?:gratitude|thanks|appreciation)\s+to)\s+{THE}{{O}}"),
    # "Thanks to our Bruneian and Malaysian friends for the warm hospitality": thanks, not a cause
    ("supports", rf"\b(?P<T>[Tt]hanks\s+to)\s+{{S}}\s+{{O}}(?:\s*(?:,|and)\s+⟦\d+⟧)*\s+(?:[\w-]+\s+){{0,2}}?for\b"),  # "our" is the speaker's
    ("supports", rf"\b(?P<T>[Tt]hanks\s+to)\s+{THE}{{O}}(?:\s*(?:,|and)\s+⟦\d+⟧)*\s+(?:[\w-]+\s+){{0,2}}?for\b"),
    # "received a congratulatory message from X": X backs the receiver
    ("supports", rf"{{O}}\s+(?:[\w-]+\s+){{0,3}}?(?:received|got|had received)\s+(?:a\s+|warm\s+)*(?P<T>congratulatory\s+(?:message|call|letter|note|telegram)|congratulations)\s+from\s+{THE}{COUNTERPART}{{S}}"),
    # "congratulated the leadership and the people of X"
    ("supports", rf"\b(?P<T>congratulat(?:e|es|ed|ing))\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,5}}?(?:leadership|people|peoples|government|nation)\s+of\s+{THE}{{O}}"),
    ("supports", rf"\b(?P<T>congratulations|congratulatory\s+(?:message|letter|call|note|telegram|cable))(?:\s+on\s+(?:\w+\s+){{0,2}}?\w+)?\s+to\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),  # "extended congratulations on September 29 to X"
    ("supports", rf"[“\"]\s*(?P<T>Congratulations),?\s+(?:to\s+)?{THE}(?:President-elect\s+|Prime Minister-elect\s+)?{{O}}"),  # stating, “Congratulations, President X.”
    # "leaders from A, B and C joined X to press for guarantees": they back X's cause
    ("supports", rf"\b(?P<T>join(?:s|ed|ing)?)\s+{THE}{{O}}(?:\s+(?:president|prime minister|leader|chancellor|premier|government|delegation))?\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w-]+|⟦\d+⟧)\s+)?(?:to\s+(?:press|push|call|lobby|demand|plead|argue|advocate|voice|back|support)\b|in\s+(?:pressing|pushing|calling|demanding|backing|supporting)\b|in\s+(?:support|solidarity)\b)"),
    # praise of an actor is backing: "commended X for …", "hailed X's …"
    ("supports", rf"\b(?P<T>commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|laud(?:s|ed|ing)?|applaud(?:s|ed|ing)?)\s+{THE}{{O}}"),
    ("supports", rf"\b(?P<T>(?:offer|express|voic|heap|shower|extend)(?:s|ed|ing|e|es)?\s+(?:(?:their|its|his|her|high|warm|strong|lavish)\s+)?praise)\s+(?:for|on)\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # "welcomed the American decision", "welcomed Seoul's announcement", "welcomed the move by X": backing of what X did
    ("supports", rf"\b(?P<T>welcom(?:e|es|ed|ing))\s+(?:(?:the|a|an)\s+)?{{O}}{POSS}\s+(?:[\w-]+\s+){{0,3}}?{WELCOMED}\b"),
    ("supports", rf"\b(?P<T>welcom(?:e|es|ed|ing))\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{WELCOMED}\s+(?:(?:made|taken|announced)\s+)?by\s+{THE}{{O}}(?![\w'’-])"),
    # "praised the announcements from Norway, Spain and Ireland"
    ("supports", rf"\b(?P<T>welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|commend(?:s|ed|ing)?|applaud(?:s|ed|ing)?)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?{WELCOMED}\s+(?:from|of)\s+{THE}{{O}}(?![\w'’-])"),
    # "its support of X" (not "in support of X", which goes with another act, nor "the support of X", X's own)
    ("supports", rf"\b(?=support|backing|endorsement)(?<!\bin )(?<!\bthe )(?<!\bthe full )(?<!\bthe strong )(?<!\bthe active )(?P<T>support|backing|endorsement)\s+of\s+{THE}(?:[\w-]+\s+)?{{O}}"),
    ("supports", rf"\b(?P<T>recogni[sz](?:e|es|ed|ing))\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){{0,3}}?{{O}}\s+as\s+(?:the\s+)?(?:[“”\"]?\s*)(?:\w+\s+){{0,2}}?(?:president|president-elect|leader|winner|head of state|government|legitimate|rightful|state|country|nation)\b"),
    # "recognized Kosovo", "recognised the Palestinian state" (not "recognised Hamas as a terrorist group")
    ("supports", rf"\b(?P<T>recogni[sz](?:e|es|ed|ing))\s+{THE}{{O}}(?!\s+as\s+(?:an?\s+|the\s+)?{Q}(?:[\w-]+\s+){{0,2}}?{ENEMY})(?=['’]s|\s+(?:state|statehood|government|as|in|on|at|after|,)\b|\s*[,.;]|$)"),
    ("supports", r"{S}-(?P<T>backed|funded|sponsored|armed|supported)\s+(?:(?:militant|armed|rebel|terrorist|paramilitary|proxy|Islamist|Shia|Shiite|Sunni)\s+){0,2}(?:(?:groups?|militias?|movements?|forces?|organi[sz]ations?)\s+)?{O}(?!\s+(?:(?-i:[A-Z])\w+|rebels|fighters|forces|militias?|separatists|groups?|proxies)\b)"),
    # cooperation and agreements
    ("signs_agreement_with", rf"\b(?P<T>sign(?:s|ed|ing)?|initial(?:l?ed|s))\s+(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,4}}{SIGNED_TEXT}\s+with\s+{THE}{{O}}"),
    # "the partnership treaty he signed with Putin last year"
    ("signs_agreement_with", rf"\b{SIGNED_TEXT}\s+(?:that\s+|which\s+)?{{S}}\s+(?:had\s+|has\s+|have\s+)?(?P<T>signed|inked|concluded)\s+with\s+{THE}{{O}}"),
    ("signs_agreement_with", rf"\b(?=[srcia])(?<!\bto )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bnear )(?P<T>(?:struck|strikes?|reached|reach(?:es|ing)?|clinch(?:ed|es|ing)?|seal(?:ed|s|ing)?|ink(?:ed|s|ing)?|conclud(?:ed|es|ing)|agree[sd]?(?=\s+(?:a|an|the)\s))\s+(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,4}}(?:agreement|treaty|deal|pact|accord))\s+with\s+{THE}{{O}}"),
    # "A and B shake hands as they sign agreements"
    ("signs_agreement_with", rf"(?:{{S}}\s+(?:said|says|announced|hailed|welcomed)\s+(?:that\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?)?\b(?:agreement|deal|accord|pact|treaty)\s+(?:(?:was|had been|has been|that was|it)\s+)?(?P<T>reached|struck|sealed|concluded|agreed|signed)\s+with\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("signs_agreement_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:[\w-]+\s+){{0,3}}?(?:as|after|before|while)\s+they\s+(?P<T>sign(?:ed)?|ink(?:ed)?)\s+(?:(?:a|an|the|their)\s+)?(?:[\w“”\"-]+\s+){{0,3}}?{SIGNED_TEXT}"),
    ("signs_agreement_with", rf"{{S}}\s+and\s+{THE}{{O}}{PAIR_TEAMS}{APPOSITION}\s+{PAIR_LEAD}(?P<T>sign(?:ed|s)?|ink(?:ed|s)?|initial(?:l?ed|s))\s+(?:(?:a|an|the)\s+)?(?:[\w“”\"‘’-]+\s+|⟦\d+⟧\s+){{0,4}}{SIGNED_TEXT}(?!\s+with\b)"),
    # "the memorandum signed by X's prime minister A and Y's leader B"
    ("signs_agreement_with", rf"\b(?:agreement|treaty|deal|pact|accord|memorandum(?: of understanding)?|MoU|declaration|partnership)[”\"]?\s+(?:\([\w ]+\)\s+)?(?P<T>signed)\s+(?:(?:on|in|last)\s+(?:[\w,]+\s+){{1,3}}?)?by\s+{THE}{{S}}\s+and\s+{THE}(?:[\w-]+\s+){{0,2}}?{{O}}"),
    # "Egypt and Qatar joined the US in signing the declaration"
    ("signs_agreement_with", rf"{{S}}\s+(?:(?:also|later)\s+)?(?P<T>join(?:s|ed)?)\s+{THE}{{O}}\s+in\s+(?:co-?)?sign(?:ing)?\b"),
    # "the signing of the peace agreement between A and B", "the accord between A and B was signed"
    ("signs_agreement_with", rf"\b(?P<T>sign(?:ing|ed)|ink(?:ed|ing)|conclu(?:ded|sion))\s+(?:of\s+)?(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,4}}?(?:agreements?|treaty|treaties|deals?|pacts?|accords?|memorand(?:um|a)|declaration)\s+between\s+{THE}{{S}}{ARMED}\s+and\s+{THE}{{O}}"),
    # "Oman has brokered a ceasefire between Yemen's Houthi group and the United States": the two agreed it
    ("signs_agreement_with", rf"\b(?:agreement|deal|accord|pact|truce|ceasefire)\s+(?P<T>struck|reached|signed|sealed|clinched)\s+(?:on\s+\w+day\s+)?between\s+{THE}{{S}}{ARMED}\s+and\s+{THE}{{O}}"),
    ("signs_agreement_with", rf"\b(?P<T>brokered|mediated|negotiated)\s+(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,3}}?(?:ceasefire|truce|agreement|deal|accord|pact)\s+between\s+(?:{THE}⟦\d+⟧['’]s\s+(?:[\w-]+\s+){{0,2}}?)?{THE}{{S}}{ARMED}(?:\s+(?:group|movement|militia|rebels))?\s+and\s+{THE}{{O}}"),
    ("signs_agreement_with", rf"\b(?:agreement|treaty|deal|pact|accord|memorandum|declaration)\s+between\s+{THE}{{S}}{ARMED}\s+and\s+{THE}{{O}}\s+(?:was|were|has been|had been|is|are)\s+(?:(?:formally|officially|finally)\s+)?(?P<T>signed|inked|concluded)"),
    ("signs_agreement_with", rf"{{S}}\s+and\s+{THE}{{O}}(?:\s+(?:countries|nations|states|governments|sides|negotiators|officials|leaders|bloc))?{APPOSITION}\s+{PAIR_LEAD}(?P<T>(?:reached|reaching|struck|sealed|clinched|concluded)\s+(?!no\s)(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,3}}?(?:agreement|treaty|deal|pact|accord|framework))"),
    # "A and B agreed (on Friday) to swap prisoners": the two parties' agreement with each other is done, what
    # they agreed to do is not yet (see HYPOTHETICAL); an agreement to talk or to cooperate is not a signed one
    ("signs_agreement_with", rf"{{S}}\s+and\s+{THE}{{O}}{APPOSITION}\s+{PAIR_LEAD}(?P<T>agreed)\s+(?:(?:on\s+)?\w+day\s+)?(?:to|on|upon)\s+(?![“\"]?(?:(?:further|also|jointly|closely|continue to)\s+)?(?:\w+day|the need|the importance|meet|talks?|negotiations|meetings|dialogue|consultations|hold|continue|resume|disagree|work\b|cooperate|coordinate|deepen|strengthen|boost|expand|enhance|step up|restore|normali[sz]e|re-?establish|maintain|promote|advance|develop|bolster|reinforce|intensify|encourage|explore|seek|pursue|remain|stay|keep\s+(?:in\s+touch|(?:[\w-]+\s+)?(?:communications?|contacts?|channels|lines|dialogue)))\b|(?:organi[sz]e|arrange|schedule|hold)\s+(?:(?:a|an|the|another|their)\s+)?(?:[\w-]+\s+)?(?:meeting|talks|summit|visit|call)\b|(?:rais|upgrad|elevat|lift)\w*\s+(?:[\w-]+\s+){{0,2}}?(?:ties|relations|relationship|partnership))"),
    ("cooperates_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:\w+\s+)?(?P<T>held|hold|holds|staged|conducted|began|started|launched)\s+(?:(?:their|a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:joint|combined)\s+(?:[\w-]+\s+){{0,2}}?(?:drills|exercises|patrols?|manoeuvres|maneuvers)"),
    ("cooperates_with", rf"\b(?P<T>(?:joint|combined)\s+(?:[\w,-]+\s+){{0,4}}?(?:training|operations?|exercises?|drills|patrols?|manoeuvres|maneuvers)|shar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){{0,3}}?(?:intelligence|information|data)|cooperat(?:e|es|ed|ing|ion)|co-operat\w+|coordinat(?:e|es|ed|ing|ion)|partnership|alliance|closer ties|ties|(?<!signed )(?<!signs )(?:defen[cs]e |security )?pacts)\b{GAP}\bwith\s+(?:(?:the|their|its)\s+)?{{O}}"),
    # "Trump and Putin failed to reach an agreement after a three-hour summit in Alaska": they met
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}}{APPOSITION}\s+(?:on\s+\w+day\s+)?(?:also\s+)?(?:failed|agreed|reached|signed|disagreed|differed|clashed|issued|announced|pledged|vowed|emerged|parted|shook)\b\s*(?:(?:[\w-]+|⟦\d+⟧(?:['’]s?)?)\s+){{0,13}}?(?P<T>(?:after|following|during|at the end of)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){{0,3}}?(?:summit|talks|meeting))\b(?!\s+(?:with|of|between)\b)"),
    ("cooperates_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:(?:at|during|after)\s+their\s+(?:[\w-]+\s+){{0,2}}?(?:meeting|talks|summit)(?:\s+on)?(?:\s+\w+day)?\s+)?{PAIR_LEAD}(?P<T>(?:agreed|pledged|vowed|promised)\s+(?:on\s+\w+day\s+)?to\s+(?:[^,;.⟦]{{0,60}}?\s+and\s+)?(?:work (?:together|closely|jointly|on|towards?)|cooperate|deepen|strengthen|(?:boost|bolster|expand|enhance|step up)\s+(?:[\w-]+\s+)?(?:cooperation|ties|relations)|(?:promote|build|develop|advance)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:relationship|ties|relations|partnership|cooperation)|(?:restore|normali[sz]e|re-?establish|resume)\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties))|(?:agreed|decided)\s+(?:on|to)\s+(?:rais|upgrad|elevat|lift)(?:e|es|ed|ing)?\s+(?:[\w-]+\s+){{0,2}}?(?:ties|relations|relationship|partnership))"
                        + COOPERATION_BETWEEN_OTHERS),
    ("cooperates_with", rf"\b(?P<T>join(?:s|ed|ing)?\s+forces|team(?:s|ed|ing)?\s+up)\s+with\s+{THE}{{O}}"),  # "France and New Zealand have joined forces with Australia"
    # "the bloc elevated its relations with South Korea to a comprehensive strategic partnership"
    ("cooperates_with", rf"\b(?P<T>(?:upgraded|elevated|raised|lifted|deepened|strengthened|expanded|bolstered|boosted|cemented)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:relations|ties|partnership|cooperation)\s+with)\s+{THE}{{O}}"),
    # "Hamas has good relations with Iran and Turkey" (not "used to have")
    ("cooperates_with", rf"(?<!\bused to )\b(?P<T>(?:has|have|had|maintains?|maintained|enjoys?|enjoyed)\s+(?:(?:very|long|longstanding|long-standing)\s+)?(?:good|close|strong|warm|friendly|excellent|cordial)\s+(?:relations|ties)\s+with)\s+{THE}{{O}}"),
    # "A and B elevated ties to a strategic partnership", "A and B established diplomatic relations", "have forged a partnership"
    ("cooperates_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+{PAIR_LEAD}(?P<T>(?:upgraded|elevated|raised|lifted|restored|re-?established|established|normali[sz]ed|resumed|deepened|strengthened|expanded|bolstered|boosted|forged|formed|cemented)\s+(?:(?:their|its|bilateral|diplomatic|full|formal|a|an|the)\s+){{0,2}}(?:[\w-]+\s+){{0,2}}?(?:ties|relations|relationship|cooperation|partnership|alliance))\b"),
    # joining a body: "Indonesia joined BRICS as a full member", "Belarus joined the SCO on Thursday", "became the 32nd member of NATO"
    # (not "joined the court in 2001": an old membership)
    ("cooperates_with", rf"\b(?P<T>join(?:s|ed|ing)?)\s+{THE}{{O}}(?=\s+as\s+(?:(?:a|an|its)\s+)?(?:[\w-]+\s+){{0,2}}?(?:members?|partners?)\b|\s+on\s+\w+day\b|\s*[.;])"),
    ("cooperates_with", rf"\b(?P<T>(?:became|becomes|become|becoming)\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:member|member state|partner)\s+of)\s+{THE}{{O}}"),
    ("cooperates_with", rf"\b(?P<T>cooperation|alliance|partnership)\s+between\s+{THE}{{S}}(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s+{THE}{{O}}"),
    ("cooperates_with", rf"\b(?:strengthen|deepen|boost|bolster|expand|enhance|improve|develop|promote|advance)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<T>ties|relations|relationship)\s+between\s+{THE}{{S}}(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s+{THE}{{O}}"),  # "agreed to strengthen ties between Turkey and Azerbaijan"
    # "the historically strong ties between Uganda and Egypt" (not "strained relations between …", "ties between A and B have soured")
    ("cooperates_with", rf"\b(?:strong|close|good|friendly|warm|deep|solid|excellent|growing|longstanding|long-standing|historic(?:al)?|brotherly|fraternal|strategic|enduring)\s+(?:(?:and|diplomatic|bilateral|economic|military|defen[cs]e|historical|historic|political|trade)\s+){{0,3}}"
                        rf"(?P<T>ties|relations|relationship|bonds?|friendship)\s+between\s+{THE}{{S}}\s+and\s+{THE}{{O}}"
                        rf"(?![^.;]{{0,40}}\b(?:collaps\w*|froze|frozen|broke|broken|cut|cuts|sever(?:s|ed|ing)?|{SOURED})\b)"),
    # "Hezbollah ally Nabih Berri", "Russia's western neighbour and ally, Belarus"; "Jordan and Egypt, longtime US allies", "China, a close Saudi partner"
    ("cooperates_with", rf"{{S}}{POSS}\s+(?:(?:close|key|longtime|long-time|staunch|main|strategic|western|eastern|northern|southern|neighbou?r|and)\s+){{0,3}}(?P<T>ally|partner)\s*,?\s+{{O}}"),
    ("cooperates_with", rf"{{O}}(?:\s+and\s+{THE}⟦\d+⟧)?,\s+(?:(?:a|an|the|its|their|two)\s+)?(?:(?:close|key|longtime|long-time|staunch|main|strategic|major|important|traditional)\s+){{0,2}}{{S}}\s+(?P<T>ally|allies|partners?)(?=\s*[,.;)]|\s+and\b|\s*$)"),  # (an apposition: not "Led by the US, NATO allies agreed")
    # "the signing of the Australia-Indonesia Defence Cooperation Agreement"
    ("signs_agreement_with", rf"(?<!blocked the )(?<!blocks the )(?<!blocking the )(?<!vetoed the )(?<!delayed the )\b(?P<T>sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclu(?:ded|des|sion))\s+(?:of\s+)?(?:the|a|an)\s+(?:new\s+|landmark\s+|historic\s+)?{{S}}\s*[-–‑]\s*{{O}}\s+(?:[\w-]+\s+){{0,4}}?(?:agreement|treaty|accord|pact|memorandum|deal|declaration)\b"),
    # "the Vietnam-Singapore Strategic Partnership", "Russian-Mongolian relations of comprehensive strategic partnership"
    # "since an Israel–Hezbollah ceasefire, which took effect on 27 November"
    ("signs_agreement_with", rf"{{S}}\s*[-–‑]\s*{{O}}\s+(?:(?:peace|border|security|defen[cs]e|trade)\s+)?(?P<T>ceasefire|truce|peace deal|peace agreement|peace accord|accord|treaty|armistice)\b(?!\s+(?:talks|negotiations|proposals?|plan|efforts)\b)(?![^.;]{{0,60}}\b(?:proposed|planned|possible|potential|would|could|will|never|not|collaps\w*|broke down|suspended|draft)\b)"),
    ("cooperates_with", rf"{{S}}\s*[-–‑]\s*{{O}}\s+(?:(?!(?:war|conflict|rivalry|tensions?|dispute|border|trade war)\b)[\w-]+\s+){{0,4}}?(?P<T>partnership|alliance|cooperation|ties|friendship)\b(?!\s+talks\b)(?![^.;]{{0,60}}\b(?:collaps\w*|stall\w*|fail\w*|proposed|materiali[sz]\w*|ended|broke down|suspended|frozen|unravell?\w*|{SOURED})\b)"),
    # "Australia and New Zealand are working together with Tonga"
    ("cooperates_with", rf"\b(?P<T>(?:(?:is|are|was|were|been|be|am)\s+working|works|worked|work)\s+(?:(?:closely|together|jointly|hand in hand|in close (?:collaboration|cooperation|coordination))\s+){{1,2}}with)\s+{THE}{{O}}"),
    ("cooperates_with", rf"\b(?P<T>(?:restor|re-?establish|normalis|normaliz|resum)(?:e|es|ed|ing)\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties))\s+with\s+{THE}{{O}}"),
    ("cooperates_with", rf"{{S}}\s+(?:(?:and|,)\s+{THE}⟦\d+⟧\s+)*(?:is|are|was|were|remains?|remained|has been|have been|became|become)\s+(?:(?:a|an|the|one of)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<T>allies|ally|partners?)\s+(?:of|to)\s+{THE}{{O}}"),
    # meetings and visits
    ("meets_with", r"\b(?P<T>(?:after|before|while|when|during) meeting|(?:(?<=\bin ⟦\d⟧ )|(?<=\bin ⟦\d\d⟧ )|(?<=\bin ⟦\d⟧, )|(?<=\bin ⟦\d\d⟧, ))meeting(?: with)?|(?:holding|held|holds|had|has|have|engaged in|engages in|engaging in|following|after|during|includ(?:es|ed|ing)) (?:(?:a|an) )?(?:(?:(?![\w-]+ed\b)(?!(?:a|an|the|sought|seek|seeks|no|not|upcoming|planned|proposed|scheduled|future|next|possible|potential|expected|further|new)\b)[\w-]+|closed|closed-door|extended|detailed|unscheduled|televised) ){0,2}(?:talks|meetings?|consultations|discussions)(?: and (?:[\w-]+ )?(?:talks|meetings?))?(?: (?:in|at) (?:the )?⟦\d+⟧)?(?: on \w+day| on (?!\w+day\b)(?:(?!with\b)(?:[\w-]+|⟦\d+⟧) ){0,4}(?:[\w-]+|⟦\d+⟧))? with|consult(?:s|ed|ing)? with|greet(?:s|ed|ing))\s+(?:(?!(?:in|at|on|during|near|outside)\b)[\w-]+\s+){0,6}?{O}"),
    ("meets_with", r"\b(?P<T>met(?: with)?|meets(?: with)?|meeting with|held talks with|talks with|(?:spoke|spoken|talked|(?<=after )speaking|(?<=after )talking)(?: by (?:tele)?phone| on the (?:tele)?phone)? (?:with|to)|interacted with|(?:phone )?call with|(?:(?:tele)?phone|video) conversation with|(?:joint )?(?:press|news) conference (?:with|alongside)|conferred with|convened with|(?:paid|pays|paying) (?:a )?(?:courtesy )?call on|(?:took|takes|received|receives|answered|returned) (?:a |the )?(?:(?:tele)?phone )?call from|discussed (?:(?:[\w-]+|⟦\d+⟧) ){0,5}?with|hosted (?:a |an )?(?:[\w-]+ ){0,2}?(?:banquet|dinner|lunch|luncheon|reception|breakfast) (?:for|in honou?r of)|hosted)\s+(?:(?!(?:in|at|on|during|near|outside)\b)[\w-]+\s+){0,3}?{O}(?!\s+(?:[\w-]+\s+){0,2}?(?:" + WEAPONS + "|" + TROOPS + r")\b)"),
    # "A and B at their first meeting on Friday agreed …"
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}},?\s+(?P<T>(?:at|during)\s+their\s+(?:[\w-]+\s+){{0,2}}?(?:meeting|talks|summit))\b"),
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}}{PAIR_TEAMS},?\s+{PAIR_LEAD}(?P<T>(?:met|talked|spoke|interacted)\b{THIRD_PARTY}|(?:convened|gathered)(?=\s+(?:in|at)\b|\s+for\s+(?:a|an|the|their)\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){{0,3}}?(?:summit|talks|meeting|conference)\b)|{ONGOING}?(?:held|holding) {OPEN_TALKS}talks(?!\s+(?:through|via)\b)|discussed|conferred|{ONGOING}?engaged in (?:[\w-]+\s+){{0,2}}?(?:talks|discussions|negotiations|consultations)|(?:held|had)\s+(?:an?|their|the)\s+(?:[\w.,-]+\s+){{0,3}}?(?:(?:phone|telephone|video)\s+)?(?:calls?|conversations?|talks|meetings?|summits?|discussions?|dialogues?|exchanges? of views|(?:press|news) conferences?))\b"),
    # "met Chinese leaders, including President Xi and Premier Li": the leaders named
    ("meets_with", rf"\b(?P<T>met(?: with)?|meets(?: with)?|held (?:[\w-]+\s+){{0,2}}?(?:talks|meetings) with)\s+{THE}(?:(?:a|the)\s+(?:range|number|host|series)\s+of\s+)?(?:⟦\d+⟧\s+){{0,2}}(?:(?!(?:business|religious|community|church|civil|industry|tribal|student|opposition)\b)[\w-]+\s+)?(?:leaders|officials|ministers|counterparts|dignitaries|leadership),?\s+(?:including|among them|such as)\s+(?:from\s+)?(?:[\w-]+\s+){{0,2}}?{{O}}"),
    # "the bloc held summits with dialogue partners and external partners, including China, South Korea, …"
    ("meets_with", rf"\b(?P<T>(?:held|holds|holding|had)\s+(?:[\w-]+\s+){{0,2}}?(?:summits?|talks|meetings?)\s+with)\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:partners|leaders|countries|states|members)(?:\s+and\s+(?:[\w-]+\s+)?(?:partners|leaders|countries|states))?,?\s+(?:including|among them|such as)\s+{THE}{{O}}"),
    ("meets_with", rf"{{S}}\s*[-–‑]\s*{{O}}\s+(?P<T>talks|summit|meeting|negotiations)\b"),
    ("condemns", rf"\b(?P<T>sever(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)\s+off|cut(?:s|ting)?(?:\s+off)?)\s+(?:(?:all|its|their|diplomatic|formal)\s+){{0,3}}(?:relations|ties)\s+with\s+{THE}{{O}}"),
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?P<T>shook hands|shake hands|embraced|embrace)\b"),
    # "A and B joined X at a military parade in Beijing": they met X there
    ("meets_with", rf"{{S}}\s+(?:(?:also|later|then|had|have|has)\s+)?(?P<T>join(?:s|ed)?)\s+{THE}{{O}}\s+(?:at|for)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,4}}?"
                   r"(?:parade|summit|ceremony|talks|meeting|celebrations?|commemorations?|dinner|banquet|forum|conference|rally|signing|reception)\b"),
    # "X received the Russian foreign minister in Beijing": a host receiving a visitor
    ("meets_with", rf"\b(?P<T>receiv(?:e|es|ed|ing))\s+{THE}{{O}}(?=\s+(?:(?:foreign|defen[cs]e|prime|deputy|vice|top)\s+)?(?:president|minister|envoy|ambassador|delegation|counterpart|leader|king|chancellor|secretary|premier|emir|crown prince)\b|\s*[,.]|\s+(?:in|at|on)\s)"),
    ("meets_with", rf"\b(?P<T>(?:bid|bids|bade|bidding)\s+(?:a\s+)?farewell\s+to|(?:saw|sees|see|seeing)\s+off)\s+(?:(?!(?:in|at|on|during|near|outside|an?|by)\b)[\w-]+\s+){{0,6}}?{{O}}(?=\s+(?:at|as|upon|before|following)\b|[,.])"),
    # "briefed his American counterpart, X"; "told Russian President X on Wednesday he would …"; "in constant contact with X"
    ("meets_with", rf"\b(?P<T>brief(?:s|ed|ing))\s+{THE}(?:(?:⟦\d+⟧\s+)?(?:[\w-]+\s+)?counterpart,?\s+)?{{O}}"),
    ("meets_with", rf"\b(?P<T>told)\s+{THE}{{O}}(?=\s+(?:on\s+\w+day\s+|\w+day\s+)?(?:that|he|she|they|it|his|her)\b)"),
    ("meets_with", rf"\b(?P<T>(?:in|kept|keeps|maintain(?:s|ed)?|remain(?:s|ed)? in)\s+(?:constant|close|regular|direct|daily)\s+(?:contact|touch))\s+with\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # "A and B presided at a ceremony" (attending one is no meeting of the two)
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+{PAIR_LEAD}(?P<T>(?:jointly\s+)?(?:presided (?:at|over)|co-chaired|co-hosted|opened|inaugurated))\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){{0,3}}?(?:ceremony|event|summit|meeting|session|forum|conference|dinner|banquet)\b"),
    # "X was given a ceremonial welcome at the palace on Thursday by Y": Y met X
    ("meets_with", rf"{{O}}\s+(?:was|were|has been|had been)\s+(?P<T>(?:given|accorded)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:welcome|reception))\b[^;.⟦]{{0,60}}?(?:⟦\d+⟧[^;.⟦]{{0,30}}?)?\bby\s+{THE}{{S}}"),
    # "Welcoming X for his third meeting with the president"
    ("meets_with", rf"\b(?P<T>welcom(?:e|es|ed|ing))\s+{THE}{{O}}\s+(?:for|to)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:meeting|talks|visit|summit)\b"),
    ("meets_with", rf"\b(?P<T>(?:sat|sits|sitting) down with)\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # a host welcoming a guest to the country met the guest
    ("meets_with", rf"\b(?P<T>welcom(?:e|es|ed|ing))\s+{GUEST}{{O}}{GUEST_HOME}\s+(?:to|at|in)\s+(?:the\s+)?(?:⟦\d+⟧|(?-i:[A-Z])\w+)"),
    # … or on a day, on arrival, at the airport ("welcomed President X on Friday")
    ("meets_with", r"\b(?P<T>welcom(?:e|es|ed|ing))\s+(?:(?:the|visiting|(?-i:[A-Z][a-z]+))\s+){0,2}" + GUEST_APPOSED + r"{O}(?=" + GUEST_HOME + r"\s+on\s+(?:\w+day|\d+)(?!\s+(?:as|for|into|to)\b)"
                   r"|\s+(?:upon|on)\s+(?:his|her|their)\s+arrival|\s*,\s+who\s+(?:arrived|landed|flew in|is on|was on)\b|\s+at\s+the\s+(?:airport|palace|presidential|state house|residence|white house|kremlin)"
                   r"|\s+with\s+(?:a|an|full)\s+(?:[\w-]+\s+){0,2}?(?:reception|ceremony|honou?rs|guard of honou?r|welcome)"
                   r"|\s*,\s*(?:the\s+)?⟦\d+⟧(?:\s*,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s+(?:(?:the\s+)?⟦\d+⟧(?!['’]|\s+(?:as|into|to\s+join|to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:coalition|alliance|bloc|group|union|organi[sz]ation|club|initiative|fold|ranks))\b)|other\s+(?:leaders|heads|guests|delegations)\b))"),  # guests listed: "welcomed Xi, Putin and Lukashenko"
    # "made his first visit to Egypt on Wednesday to meet President X"
    ("meets_with", rf"\b(?:visit|trip|travell?ed|flew|went|came|arrived)\b[^;]{{0,80}}?\bto\s+(?P<T>meet(?: with)?)\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # "a meeting began in Brussels with the participation of A, B and C": each met the others
    ("meets_with", rf"\b(?P<T>(?:meeting|talks|summit|negotiations|consultations|conference)\b(?:[^.;⟦]|⟦\d+⟧){{0,40}}?\bwith\s+the\s+participation\s+of)\s+{THE}{{S}}(?:,\s+{THE}⟦\d+⟧)*,?\s+and\s+{THE}{{O}}"),
    # "co-chairing the summit with X", "co-hosted the talks with X"
    ("meets_with", rf"\b(?P<T>co-?(?:chair|host)(?:s|ed|ing)?)\s+(?:(?:the|a|an|their|its)\s+)?(?:(?:[\w-]+|⟦\d+⟧)\s+){{0,4}}?(?:meeting|summit|talks|conference|session|forum|negotiations)\s+with\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("meets_with", rf"\b(?P<T>(?:shook|shakes|shaking|shake) hands with)\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("meets_with", rf"{{S}}['’‘]s?\s+(?:[\w-]+\s+){{0,4}}?(?P<T>meeting|talks|(?:phone )?call|summit|conversation)\s+with\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # "a conversation held last week between A and B", "negotiations involving A and B"
    ("meets_with", rf"\b(?P<T>meetings?|talks|(?:phone |telephone |video )?(?:calls?|conversations?)|summit|negotiations|discussions)\s+(?:(?:held|that took place|which took place)\s+(?:[\w-]+\s+){{0,3}}?)?(?:between|involving)\s+{THE}{{S}}\s+and\s+{THE}{{O}}"),
    # "Following the talks in the Kremlin, A and B made statements": A and B held the talks
    ("meets_with", rf"^\W*(?:following|after|at the end of)\s+(?:the|their)\s+(?:[\w-]+\s+){{0,2}}?(?P<T>talks|meeting|summit|negotiations)\b(?:\s+(?:in|at)\s+{THE}(?:⟦\d+⟧|[\w-]+(?:\s+[\w-]+)?))?,\s+{THE}{{S}}\s+and\s+{THE}{{O}}"
                   r"(?=\s+(?:made|gave|held|issued|signed|said|told|announced|addressed|briefed|spoke)\b)"),
    # "Upon arrival in Baghdad, X was welcomed by …"
    ("visits", rf"^\W*(?P<T>(?:upon|on|after)\s+(?:(?:his|her|their)\s+)?arrival)\s+(?:in|at)\s+{THE}{{O}}"),
    # "X began his tour in Kuwait", "X wrapped up a Gulf tour that included official visits to A, B and C"
    ("visits", rf"\b(?P<T>(?:beg[ia]ns?|began|start(?:s|ed)?|open(?:s|ed)?|end(?:s|ed)?|conclud(?:es|ed)|wrap(?:s|ped)\s+up)\s+(?:his|her|their|a|the)\s+(?:[\w-]+\s+){{0,3}}?(?:tour|visit|trip)\s+(?:in|to|of)\s+){THE}{{O}}"),
    ("visits", rf"{{S}}\s+(?:[\w-]+\s+){{0,6}}?(?:tour|trip)\b[^.;⟦]{{0,40}}?\b(?P<T>includ(?:ed|es|ing))\s+(?:(?:official|state|working)\s+)?(?:visits?\s+to|stops?\s+in)\s+{THE}{{O}}"),
    # "X had been in Paris meeting his French counterpart": there for the meeting
    ("visits", rf"{{S}}\s+(?:was|were|had been|has been|is|are)\s+(?P<T>in)\s+{{O}},?\s+(?:meeting|holding talks|for talks)\b"),
    ("visits", rf"\b(?P<T>visit(?:s|ed)?|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bmet )(?<!\bhosted )(?<!\breceived )(?<!\bwelcomed )(?<!\bgreeted )visiting|arrive[sd]?(?: (?:(?:late|early) )?(?:on )?\w+day(?: (?:morning|afternoon|evening|night))?(?: \([\w .]{{1,12}}\))?)? (?:in|at)|arriving in|(?<=⟧['’]s )arrival in|travell?ed (?:on )?to|(?:headed|heads|went) (?:on )?to|(?<!\bis )(?<!\bare )(?<!nationals )(?<!citizens )(?<!tourists )(?<!workers )(?<!migrants )(?<!students )(?<!pilgrims )travell?ing to|trip to|visit to|(?:landed|touched down) in|flew (?:on )?to|flies to|tour(?:s|ed)|paid a visit to)\s+{THE}{PLACE_KIND}{{O}}"),
    ("visits", rf"\b(?P<T>welcom(?:e|es|ed|ing))\s+{GUEST}{{S}}{GUEST_HOME}\s+(?:(?:to|at)\s+{THE}(?:[\w-]+\s+){{0,3}}?(?:in|at)\s+|to\s+|at\s+|in\s+){THE}{{O}}"),
    # "Prime Minister X is in Malaysia for the leaders' retreat"
    # "X is in Beijing for talks", "X was in Damascus on Friday, his first visit since …"
    ("visits", rf"{{S}}\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?P<T>in)\s+{{O}}(?:\s+(?:on\s+)?\w+day|\s+today|\s+this\s+week)?(?:\s+(?:for|on)\s+(?:a|an|the|his|her|their|talks|meetings|consultations)(?:\s|[.,;])|,\s+(?:his|her|their|⟦\d+⟧['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:visit|trip)\b|,\s+where\s+(?:he|she|they)\s+(?:met|told|held|said|spoke|visited)\b)"),
    # "X was welcomed by Y at Beijing's Great Hall": X came to Beijing
    ("visits", rf"{{S}}\s+(?:was|were|has been|had been|is|are)\s+(?:\w+ly\s+)?(?P<T>welcomed|received|greeted)\s+(?:by\s+[^,;:.]{{0,60}}?\s+)?(?:to|in|at)\s+{THE}{{O}}"),
    # (a headline drops the "was": "X greeted by crowds in Y")
    ("visits", rf"^\W*{{S}}\s+(?P<T>welcomed|received|greeted)\s+by\s+[^,;:.]{{0,60}}?\s+(?:to|in|at)\s+{THE}{{O}}"),
    # "hosted President X at the White House": the guest came (not "hosted talks between X and Y in Z")
    ("visits", rf"\b(?P<T>host(?:s|ed|ing))\s+(?:(?!(?:talks|a|an|the|between|with|and|meetings?|summits?)\b)[\w-]+\s+){{0,3}}?{{S}}(?:\s+(?:officials|delegation|delegates|leaders?|envoys?|ministers?|negotiators|counterparts?))?\s+(?:at|in)\s+{THE}{{O}}"),
    # "has reached Tokyo on a three-day visit"; "the state visit by the President of Vietnam to Korea"
    ("visits", rf"\b(?P<T>reach(?:es|ed)?)\s+{THE}{{O}}\s+(?:on\s+\w+day\s+)?(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?:visit|trip|tour)\b"),
    # "Petro and Boric, who are in Beijing for the China-CELAC forum"
    ("visits", rf"{{S}}(?:\s+on\s+\w+day)?(?:,?\s+who)?\s+(?P<T>is|are|was|were)\s+(?:currently\s+|now\s+|also\s+)?in\s+{{O}}\s+(?:for|on\s+(?:a|an|his|her|their)|to\s+attend|to\s+take\s+part)\b"),
    # "Yunus' China visit", "Modi's first Kuwait trip"
    ("visits", rf"(?<!cancellation of )(?<!postponement of )(?<!ahead of )(?<!before ){{S}}['’]s?\s+(?:(?:first|official|state|maiden|recent|ongoing|historic|landmark|[\w]+-day)\s+){{0,2}}{{O}}\s+(?P<T>visit|trip|tour)\b(?!\s+(?:next|later|will|would|is\s+(?:expected|set|scheduled|planned)))"),
    ("visits", rf"\b(?P<T>visit|trip|tour)\s+(?:by|of)\s+{THE}(?:(?!(?:to|in)\b)[\w-]+\s+){{0,4}}?{{S}}(?:\s+of\s+{THE}⟦\d+⟧|,\s+(?:[\w-]+\s+){{1,6}}?(?:of\s+)?(?:the\s+)?(?:⟦\d+⟧\s+)?(?:[\w-]+\s+){{0,3}}?[\w-]+,)?\s+to\s+{THE}{{O}}"),  # "a visit by X, Secretary of the Russian Security Council, to Havana"
    ("visits", rf"\b(?P<T>(?:visit|trip|journey)\s+to\s+(?:meet|see|hold talks with|talk to)\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){{0,4}}?in)\s+{THE}{{O}}"),
    # criticism
    ("concerned_about", rf"\b(?P<T>(?:(?:very|deeply|gravely|seriously|increasingly|extremely)\s+)?(?:concerned|worried|alarmed)|(?:express(?:es|ed)?|voiced|raised|reiterat(?:es|ed)|conveyed|underlined|stressed)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:⟦\d+⟧['’]s?\s+)?{Q}(?:\w+\s+)?(?:concerns?|alarm)){Q}(?:\s+(?:on\s+)?\w+day)?\s*(?:(?:about|over|by|at|regarding){GAP}|after\s+{THE}(?=⟦\d+⟧\s+(?!(?:was|were|is|are|has been|had been|have been)\b))){{O}}"),
    ("concerned_about", rf"\b(?P<T>worr(?:y|ies|ied))\s+(?:that\s+)?{THE}{{O}}"),
    ("condemns", rf"\b(?P<T>condemn(?:s|ed|ing)?|denounce[sd]?|denouncing|(?:lash(?:es|ed)?|hit(?:s|ting)?) out at|(?:take|takes|took|taken|taking) issue with|censure[sd]?|castigat(?:e|es|ed)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|slam(?:s|med)?(?!\s+into)|rebuke[sd]?|deplore[sd]?|brand(?:s|ed)|lambast(?:s|ed)|decr(?:y|ies|ied)|berat(?:e|es|ed|ing)|scold(?:s|ed|ing)?|chastis(?:e|es|ed|ing)|reprimand(?:s|ed|ing)?|"
     rf"(?:express(?:es|ed|ing)?|voic(?:e|es|ed|ing)|register(?:s|ed)?|issu(?:e|es|ed|ing))\s+(?:(?:its|their|his|her|our|a|the|strong|deep|complete|full|grave|serious|firm|great)\s+){{0,3}}(?:disapproval|outrage|indignation|displeasure|dismay|condemnation))\b{WIDE_GAP}{{O}}"),
    # "opposed X" (not "opposed the sale over fears that … X")
    ("condemns", rf"\b(?P<T>oppose[sd]|opposing)\s+(?:\w+ly\s+)?{THE}(?:[\w-]+\s+){{0,2}}?{{O}}"),
    ("condemns", rf"\b(?P<T>hit(?:s|ting)?)\s+{THE}{{O}}\s+over\s+(?!{OVER_TIME_OR_PLACE})"),  # a headline's "US hits China over …": in words
    # "called the Russian attack a war crime", "described X's move as a provocation"
    ("condemns", rf"\b(?P<T>{LABEL})\s+{THE}{{O}}['’]s?\s+(?:[\w-]+\s+)?(?:words|remarks?|comments?|statements?|actions?|behaviou?r|decision|move|conduct|rhetoric|policies|policy|regime|government|election|vote|result|claims?|accusations?|allegations?|demands?|law|measures?|deal)\s+(?:as\s+)?{Q}(?:(?:very|deeply|totally|completely|utterly|absolutely|simply)\s+)?(?:unacceptable|outrageous|shameful|irresponsible|offensive|insulting|disgraceful|serious|regrettable|provocative|reckless|dangerous|absurd|baseless|unfounded|hostile|"
                 r"disproportionate|unjustified|unjust|illegal|unlawful|deplorable|unfriendly|appalling|fraudulent|illegitimate|criminal|corrupt|brutal|rigged|baseless|groundless|absurd|false|null and void|provocative|hostile)\b"),
    # "objected to X's remarks", "rejected X's decision"
    ("condemns", rf"\b(?P<T>object(?:s|ed|ing)?\s+(?:strongly\s+)?to)\s+{THE}{{O}}{POSS}\s"),
    ("condemns", rf"\b(?P<T>reject(?:s|ed|ing)?)\s+{THE}{{O}}{POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:decision|declaration|move|remarks?|statements?|demands?|deal|annexation|recognition)\b"),  # (a rejected claim is denied)
    ("accuses", rf"\b(?P<T>{LABEL})\s+{THE}(?:(?:⟦\d+⟧|(?-i:[A-Z])[\w-]*)['’]s?\s+(?:[\w-]+\s+)?(?:wife|husband|son|daughter|government|administration),?\s+)?{{O}},?\s+{Q}(?:a\s+|an\s+)?(?:corrupt|criminals?|liars?|thie(?:f|ves)|frauds?|fraudulent|illegitimate|dishonest)\b"),
    ("condemns", rf"\b(?P<T>{LABEL})\s+{THE}(?:[\w-]+\s+)?{{O}}{POSS}\s+(?:[\w-]+\s+){{0,3}}?(?:a|an|as)\s+(?:an?\s+)?{Q}(?:[\w-]+\s+){{0,2}}?(?:war crimes?|crimes?|terrorist|terrorism|provocation|violation|aggression|atrocity|act of war|barbaric|barbarism|unacceptable|illegal|genocide|massacre|escalation)\b"),
    # "called Israel's 'storming' of the crossing a 'dangerous escalation'": the act's doer is condemned
    # "Qatar said Israel's strike was a blatant violation of Iran's sovereignty"
    ("condemns", rf"\b(?P<T>said|says|stated|added)\s+(?:that\s+)?{THE}{{O}}['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:strikes?|attacks?|aggression|assault|raids?|bombing|shelling|incursion|invasion)\s+(?:was|were|is|are|constitutes?|constituted|amounts?\s+to|amounted\s+to)\s+(?:(?:a|an)\s+)?{Q}(?:[\w-]+\s+){{0,2}}?(?:violation|breach|crime|aggression|provocation|escalation|act of war|massacre|atrocity)\b"),
    ("condemns", rf"\b(?P<T>{LABEL})\s+{THE}{{O}}['’]s?\s+{Q}[\w-]+[”\x22’']?\s+(?:of|on|in)\s+[^⟦,;]{{0,60}}?\s+(?:a|an)\s+{Q}(?:[\w-]+\s+)?(?:escalation|crime|aggression|violation|provocation|massacre|assault|atrocity|genocide|terrorism|act of [\w-]+)\b"),
    ("condemns", rf"\b(?P<T>{LABEL})\s+{THE}{{O}}\s+(?:a|an)\s+{Q}(?:[\w-]+\s+)?(?:clown|liar|criminal|murderer|thug|traitor|butcher|imbecile|idiot|fool|coward|gangster|thief|bandit|madman|{ENEMY})\b"),
    # "characterised the court as a threat", "regards X as an aggressor"
    ("condemns", rf"\b(?P<T>{LABEL}|regard(?:s|ed|ing)?|consider(?:s|ed|ing)?|view(?:s|ed|ing)?|sees|seeing|saw)\s+{THE}{{O}}\s+as\s+(?:(?:a|an|the)\s+)?{Q}(?:(?!(?:against|from|to|of|for|by)\b)[\w-]+\s+){{0,3}}?{ENEMY}\b"),
    ("condemns", rf"\b(?P<T>(?:impatient|frustrated|disappointed|angry|furious|fed up|outraged)[”\"’]?\s+(?:with|at|by|in))\s+{THE}{{O}}"),
    ("accuses", rf"\b(?P<T>accus(?:e|es|ed|ing)|blame[sd]?|blaming)\s+{THE}{{O}}"),
    ("accuses", rf"\b(?P<T>accusations?|allegations?)\s+(?:against|that)\s+{THE}{{O}}"),
    # a court's warrant accuses: "the ICC issued arrest warrants for X", "the warrant the ICC issued last year for X"
    ("accuses", rf"\b(?P<T>issu(?:ed|es|ing))\s+(?:an?\s+|the\s+)?(?:international\s+)?arrest\s+warrants?\s+(?:for|against)\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("accuses", rf"\barrest\s+warrants?\s+(?:that\s+)?{THE}{{S}}\s+(?:has\s+|had\s+)?(?P<T>issued)\s+(?:[\w-]+\s+){{0,3}}?(?:for|against)\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # "X, who faces an arrest warrant issued by the ICC": the court accuses X
    ("accuses", rf"{{O}}(?:,\s+who)?\s+(?:(?:still|also|now)\s+)?(?P<T>(?:faces|faced|is facing|was facing|is wanted under|remains? under)\s+(?:an?\s+)?(?:international\s+)?arrest\s+warrant)\s+"
                rf"(?:(?:issued|sought|requested)\s+)?(?:(?:last|this)\s+\w+\s+|in\s+\d{{4}}\s+)?by\s+{THE}{{S}}"),
    # "the court issued arrest warrants in November for X and Y"
    ("accuses", rf"\b(?P<T>(?:issu(?:e|es|ed|ing)|seek(?:s|ing)?|sought|request(?:s|ed|ing)?)\s+(?:(?:an|the|new)\s+)?arrest warrants?)\s+(?:[\w-]+\s+){{0,3}}?(?:for|against)\s+{THE}{{O}}"),
    # "X and Y traded accusations", "… blamed each other": each accuses the other
    *[("accuses", rf"{{{a}}}\s+and\s+{THE}{{{b}}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>(?:trad|exchang)(?:e|es|ed|ing)\s+(?:[\w-]+\s+){{0,2}}?(?:accusations|blame|charges)|(?:accus|blam)(?:e|ed|ing) (?:each other|one another))\b")
      for a, b in (("S", "O"), ("O", "S"))],
    ("accuses", rf"\b(?P<T>claims?|charges?)\s+that\s+{THE}{{O}}\s+(?:(?:soldiers|troops|forces|military|army|navy|police|jets|warships|ships|drones|agents)\s+)?(?:(?:had|has|have|was|were|is|are|deliberately|repeatedly|also)\s+)*(?:\w+ed|struck|hit|shot|sent|broke|stole|fired|used)\b"),
    # "Pakistan's claims that Afghanistan shelters militants": a wrong said to go on
    ("accuses", rf"\b(?P<T>claims?|charges?|assertions?|insistence)\s+that\s+{THE}{{O}}\s+(?:(?:is|are|has|have|was|were|still|continues to|keeps|deliberately|repeatedly|also|actively|openly)\s+)*{WRONGDOING}\b"),
    # "Iran wrote to the council, claiming that Israel violated its airspace"
    ("accuses", rf"\b(?P<T>claim(?:s|ed|ing)|alleg(?:e|es|ed|ing)|charg(?:es|ed|ing))\s+that\s+{THE}{{O}}\s+(?:(?:had|has|have|deliberately|repeatedly|also)\s+)*(?:violated|breached|attacked|struck|killed|targeted|shelled|bombed|committed|fired|sabotaged|interfered|meddled|invaded|violates|breaches)\b"),
    # "said Y was responsible for the attack", "holds Y responsible for the killing", "said Y was behind the blast"
    ("accuses", rf"\b(?P<T>h[oe]lds?|held|holding)\s+{THE}{{O}}\s+(?:\w+ly\s+)?responsible\s+for\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{BLAMED}\b"),
    ("accuses", rf"\b(?P<T>said|says|stated|claimed|concluded|found|showed|believes?)\s+(?:that\s+)?{THE}{{O}}(?:['’]s?\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s+"
                rf"(?:was|were|is|are|had been)\s+(?:\w+ly\s+)?(?:responsible\s+for|to blame\s+for|behind)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{BLAMED}\b"),
    ("accuses", rf"\b(?P<T>attribut(?:e|es|ed|ing)\s+to|blame[sd]?\s+(?:[\w-]+\s+){{0,3}}?on|pinn(?:ed|ing)\s+(?:[\w-]+\s+){{0,3}}?on)\s+{THE}{{O}}"),
    # reported wrongdoing: "X warned Y is seeking to …", "X said Y's … violated the charter"
    ("accuses", rf"\b(?P<T>warn(?:s|ed|ing)|alleg(?:e|es|ed|ing)|claim(?:s|ed|ing))\s+(?:that\s+)?{THE}{{O}}\s+(?:is|was|are|were|has been|had been)\s+(?:\w+ly\s+)?(?:seeking|trying|plotting|attempting|preparing|planning|scheming)\s+to\b"),
    # "X said Y was trying to undermine the talks": a hostile aim is an accusation, whoever reports it
    ("accuses", rf"\b(?P<T>said|says|told\s+[\w-]+|added|insisted|stressed)\s+(?:that\s+)?{THE}{{O}}\s+(?:is|was|are|were|has been|had been)\s+(?:\w+ly\s+)?(?:seeking|trying|plotting|attempting|preparing|scheming)\s+to\s+"
     r"(?:undermine|sabotage|destabili[sz]e|disrupt|derail|provoke|escalate|attack|invade|annex|seize|interfere|meddle|deceive|mislead|divide|weaken|blackmail|intimidate|drag out|stall|torpedo|wreck)\b"),
    # "the UN says Israel is subjecting a population to siege": a wrong said to go on
    *[("accuses", speaker + rf"\b(?P<T>said|says|told\s+[\w-]+|added|insisted|warned)\s+(?:that\s+)?{THE}{{O}}\s+(?:is|was|are|were|has been|had been|have been|continues to|kept)\s+(?:\w+ly\s+)?{Q}"
       r"(?:subjecting|starving|persecuting|torturing|interfering|meddling|sheltering|harbou?ring|sponsoring|financing|funding|arming|violating|"
       r"breaching|sabotaging|plotting|provoking|destabili[sz]ing|inciting|smuggling|spreading (?:disinformation|propaganda|lies)|blackmailing|"
       r"intimidating|deceiving|lying)\b")
      for speaker in ("", rf"{{S}}{POSS}\s+(?:[\w-]+\s+){{0,4}}?")],  # the speaker named just before "says", if any
    # "X says Y carried out a 'terrorist attack'": the label is the speaker's charge
    ("accuses", rf"\b(?P<T>said|says|claimed|claims|alleged|alleges|stated|told\s+[\w-]+)\s+(?:that\s+)?{THE}{{O}}\s+(?:had\s+|has\s+)?(?:carried out|committed|staged|perpetrated|conducted|launched|orchestrated)\s+(?:an?\s+|the\s+)?{Q}(?:[\w-]+\s+){{0,2}}?(?:terrorist attacks?|terror attacks?|acts? of (?:terror(?:ism)?|sabotage|aggression)|provocations?|war crimes?|massacres?|genocide|atrocit(?:y|ies)|sabotage)"),
    # "calling them Chinese disinformation": what is called another's lies accuses that other
    ("accuses", rf"\b(?P<T>call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|led|ed|ling)?|dismiss(?:es|ed|ing)?)\s+(?:it|them|this|these|those|the (?:claims?|reports?|accusations?|allegations?|statements?))\s+(?:as\s+)?{Q}(?:(?:a|an|the|another|more|yet|mere|pure|just)\s+)*(?:(?:case|example|piece|act|campaign|instance)\s+of\s+)?{{O}}\s+(?:[\w-]+\s+)?(?:disinformation|propaganda|lies|fabrications?|fake news|misinformation|smears?)\b"),
    ("accuses", rf"\b(?P<T>said|says|warned|alleged|claimed|believes?|believed)\s+(?:that\s+)?{THE}{{O}}\s+(?:is|was|are|were|had been|has been)\s+(?:\w+ly\s+)?behind\b"),
    ("accuses", rf"\b(?P<T>said|says|stated|added|adding|noted|noting|warned)\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:of\s+)?{{O}}(?:['’]s?)?\s+(?:(?!(?:that|which|who|whether|not|never|no)\b)(?:[\w-]+|⟦\d+⟧)\s+){{0,8}}?(?:violat(?:ed|es|e|ing)|breach(?:ed|es)?|flout(?:ed|s)?|(?:was|were|is|are|constitutes?|constituted)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:violation|breach)\s+of)\s+(?:(?:[\w.-]+|⟦\d+⟧)\s+){{0,2}}?(?:law|resolutions?|charter|agreements?|ceasefire|truce|sovereignty|sanctions|treaty|rules|air\s*space|territor(?:y|ial\s+\w+)|borders?|waters)\b"),
    # "Estonia said a Russian jet had entered its airspace"
    ("accuses", rf"\b(?P<T>said|says|stated|reported|confirmed)\s+(?:that\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?{{O}}\s+(?:[\w-]+\s+){{0,3}}?(?:had\s+|has\s+|have\s+)?"
                rf"(?:entered|crossed into|intruded into|strayed into)\s+(?:its|their|⟦\d+⟧['’]s?)\s+(?:air\s*space|territorial\s+waters)\b"),
    # tariffs: threatened, announced or promised ones threaten; imposed ones sanction ("25% tariffs on Canadian goods")
    ("threatens", rf"\b(?P<T>threat(?:en(?:s|ed|ing)?)?(?:\s+(?:of\s+|to\s+)?(?:impos(?:e|ing)|slap(?:ping)?|levy(?:ing)?|put(?:ting)?))?)\s+{TARIFF}{TARIFF_ON}"),
    ("threatens", rf"\b(?:said|says|say|vowed|vows|vow|announced|declared)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:they|it|we)\s+(?P<T>will\s+(?:further\s+)?(?:escalate|intensify|expand|step\s+up|widen))\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:operations|attacks|strikes|campaign)\s+(?:against|on)\s+{THE}{{O}}"),
    # "Hezbollah will expand its attacks on Israel, Qassem said" (not "Zelensky warned that Russia will …", "asked whether X will …")
    ("threatens", rf"(?=⟦)(?<!\bthat )(?<!\bwhether )(?<!\bif )(?<!\bthat the )(?<!\bwhether the ){{S}}\s+(?P<T>will\s+(?:further\s+)?(?:escalate|intensify|expand|step\s+up|widen))\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:operations|attacks|strikes|campaign)\s+(?:against|on)\s+{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>announc(?:e|es|ed|ing)|(?:will|would|(?:vow|pledg|promis)(?:e|es|ed|s)?\s+to)\s+(?:impose|slap|levy|put))\s+{TARIFF}{TARIFF_ON}"),
    # "Israel will act against Hamas with increasing force", "ready to confront Israel", "will not hesitate to strike X"
    ("threatens", rf"\b(?P<T>(?:will|would|must)\s+(?:(?:now|also|decisively|firmly)\s+)?act\s+(?:(?:decisively|firmly|forcefully|harshly)\s+)?against|(?:is|are|was|were|stands?|stood)\s+ready\s+to\s+(?:confront|fight|strike|attack|hit|retaliate against|respond to)|(?:will|would)\s+not\s+hesitate\s+to\s+(?:strike|attack|hit|retaliate against|respond to|use force against|target))\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("sanctions", rf"\b(?P<T>hit(?:s|ting)?|slap(?:s|ped|ping)?)\s+{THE}{{O}}\s+with\s+(?:(?:new|fresh|more|further|additional|sweeping|tough|steep|heavy|retaliatory|\d+%?)\s+)*(?:sanctions|tariffs|penalties|restrictions|export\s+controls|duties|levies)\b"),
    ("sanctions", rf"\b(?P<T>impose[sd]|imposing|slap(?:s|ped|ping)|levie[sd]|levying|placed|put)\s+{TARIFF}{TARIFF_ON}"),
    ("threatens", rf"\b(?P<T>threaten(?:s|ed|ing)?)\s+(?:to\s+\w+\s+(?:(?:part|parts|all|most|much)\s+of\s+)?|(?:the\s+)?(?:new\s+|military\s+)?(?:regime|government|junta|authorities|leadership)\s+(?:in|of)\s+)?{THE}{{O}}"),  # "threatened the new regime in Niamey"
    # "warned on Tuesday that Seoul would pay a high price"
    ("threatens", rf"\b(?P<T>warn(?:s|ed|ing)?|vow(?:s|ed)?|said|says|threaten(?:s|ed)?)\b{GAP}(?:\bthat\s+)?{THE}{{O}}\s+(?:would|will|must|is going to|are going to)\s+(?:have to\s+)?{Q}pay\s+(?:a|the|an)\s+(?:[\w-]+\s+)?price\b"),
    ("threatens", rf"\b(?P<T>(?:vow(?:s|ed)?|pledge[sd]?|promise[sd]?|threaten(?:s|ed)?)\s+{Q}(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:punishment|revenge|retaliation|retribution|reprisals?|vengeance)(?:\s+and\s+(?:[\w-]+\s+)?(?:punishment|revenge|retaliation|retribution|reprisals?|vengeance))?){Q}\s*(?:on|against|upon)\s+{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>(?:vow(?:s|ed)?|pledge[sd]?|promise[sd]?|threaten(?:s|ed)?)\s+(?:to\s+)?(?:retaliat\w*|revenge|avenge|hit back|strike back|punish|respond))\b(?!\s+(?:(?:for|over)\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:killing|death|assassination|murder)\s+of\b){GAP}{{O}}"),  # not the one killed
    ("threatens", rf"\b(?P<T>vow(?:s|ed)?|warn(?:s|ed)?|pledge[sd]?|promise[sd]?)\b{SPEECH_GAP}\b(?:would|will|to)\s+(?:carry on|continue|keep(?: on)?)\s+(?:fighting|attacking|striking|(?:(?:its|their|the)\s+)?(?:military\s+)?(?:actions|operations|strikes|attacks|offensive|campaign)\s+(?:[\w-]+\s+){{0,3}}?against)\s+{THE}{{O}}"),
    # "suggested he might withhold funding from X", "threatened to cut aid to X"
    ("threatens", rf"\b(?P<T>threaten(?:s|ed|ing)?|warn(?:s|ed)?|suggest(?:s|ed)?)\s+(?:that\s+)?(?:(?:he|she|it|they|⟦\d+⟧)\s+)?(?:might|could|would|will|to)\s+(?:withhold|cut(?: off)?|suspend|halt|freeze|stop|end)\s+(?:(?:[\w.$-]+|⟦\d+⟧)\s+){{0,3}}?(?:funding|aid|assistance|support|supplies|payments)\s+(?:from|to|for)\s+{THE}{{O}}"),
    # "X has said his goal is to destroy Y"
    # "Moscow will respond to Ukraine's strike", "its plan to retaliate for Israel's attack"
    ("threatens", rf"\b(?P<T>(?:will|would|must|vow(?:s|ed)?\s+to|pledge[sd]?\s+to|promise[sd]?\s+to|plans?\s+to|(?:is|are)\s+going\s+to)\s+(?:have\s+to\s+)?(?:respond|retaliate|hit\s+back|strike\s+back|avenge))\s+(?:to|for|against)?\s*(?:the\s+)?(?:recent\s+|latest\s+)?{{O}}['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:strikes?|attacks?|aggression|assault|raids?|operation|provocations?|incursion)\b(?![^.;]{{0,40}}\b(?:diplomac\w*|diplomatic\w*|dialogue|talks|peaceful\w*|calm)\b)"),
    ("threatens", rf"\b(?P<T>goal|aim|objective|intention)\s+(?:is|was|remains)\s+to\s+(?:destroy|eliminate|crush|wipe out|annihilate)\s+{THE}{{O}}"),
    # "gave Hamas a deadline of noon Saturday to release …", "issued an ultimatum to Russia"
    ("threatens", rf"\b(?P<T>(?:gave|give[sn]?|giving|set(?:s|ting)?|issu(?:e|es|ed|ing)|deliver(?:s|ed|ing)?)\s+{THE}{{O}}\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:deadline|ultimatum))(?!\s+(?:of\s+[\w\s-]{{1,20}}?\s+)?to\s+(?:report|respond|reply|submit|explain|present|comment)\b)"),
    ("threatens", rf"\b(?P<T>(?:gave|give[sn]?|giving|set(?:s|ting)?|issu(?:e|es|ed|ing)|deliver(?:s|ed|ing)?)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?ultimatum)\s+to\s+{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>vow(?:s|ed)?|warn(?:s|ed)?|threaten(?:s|ed)?)\b{SPEECH_GAP}\b(?:would|will|to)\s+(?:take\s+(?:[\w“”\",-]+\s+){{0,4}}?(?:action|measures|steps)|respond|retaliate|strike back|hit back|(?:escalate|intensify|step up|expand)\s+(?:[\w-]+\s+){{0,4}}?(?:attacks|strikes|operations|offensive|campaign))\b{WIDE_GAP}\b(?:against|on|to)\s+(?:[\w“”\"-]+\s+){{0,6}}?{{O}}"),
    ("threatens", rf"\b(?P<T>warn(?:s|ed|ing)?)\s+{THE}{{O}}(?:(?:,\s+|,?\s+and\s+){THE}⟦\d+⟧)*\s+(?:against|not to|of\s+(?:a|an)?\s*(?:[\w-]+\s+){{0,2}}?(?:response|retaliation|consequences|revenge|reprisals?|punishment))\b"),
    # "warned X to make peace or lose American support": a demand with a penalty
    ("threatens", rf"\b(?P<T>warn(?:s|ed|ing)?|told)\s+{THE}{{O}}\s+to\s+(?:[\w-]+\s+){{1,6}}?or\s+(?:else\s+)?(?:face|lose|risk|suffer|pay|be\s+(?:hit|punished|sanctioned|cut off))\b"),
    # "warned Iran to stop arming the rebels": a warning to cease is a threat
    ("threatens", rf"\b(?P<T>warn(?:s|ed|ing)?)\s+{THE}{{O}}(?:\s+(?:side|government|authorities))?\s+to\s+(?:immediately\s+)?(?:stop|cease|halt|end|quit|refrain|back off|stay out|pull back|withdraw|keep out|stand down)\b"),
    ("threatens", rf"\b(?P<T>(?:vow(?:s|ed)?|pledge[sd]?|promise[sd]?|threaten(?:s|ed)?)\s+to\s+(?:destroy|crush|eliminate|wipe out|annihilate|obliterate|defeat))\s+{THE}{{O}}"),
    # "threatened more attacks on X", "warned of new strikes against X": a threat, no attack yet
    ("threatens", rf"\b(?P<T>{THREATENED_ACT})\s+(?:on|against)\s+{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>(?:promis|threaten|warn)(?:e|es|ed|s|ing)?\s+(?:of\s+)?[“”\"‘’']?(?:[\w-]+\s+){{0,2}}?consequences)[“”\"‘’']?\s+(?:for|if|should|unless)\s+{THE}{{O}}"),
    ("sanctions", rf"(?<!-)\b(?P<T>sanction(?:s|ed|ing)?|blacklist(?:s|ed|ing)?)\s+{THE}(?:(?:an?\s+)?(?:additional|further|more|new|other)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|more|further|new)\s+)?{{O}}"),
    ("sanctions", rf"\b(?P<T>sanctions|restrictive measures|(?:counter-?|punitive\s+)measures|embargo(?:es)?|export controls)\s+(?:(?:package|round|regime)\s+)?(?:(?:imposed|placed|levied)\s+)?(?:on|against|targeting)\s+{WIDE_GAP}{{O}}"),
    ("sanctions", r"\banti-{O}\s+(?P<T>sanctions|restrictive measures|measures)"),
    # "designated X and Y as foreign terrorist organisations", "the designation of X as a state sponsor of terrorism"
    ("sanctions", rf"\b(?P<T>designat(?:e|es|ed|ing)|designation\s+of)\s+{THE}(?:(?:[\w-]+|⟦\d+⟧)\s+){{0,3}}?{{O}}(?:\s+(?:and|,)\s+{THE}⟦\d+⟧)*\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:terrorists?|terrorist\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))|(?:state\s+)?sponsors?\s+of\s+terrorism)\b"),
    # "ECOWAS has suspended Guinea-Bissau from all its bodies", "announced Madagascar's immediate suspension"
    ("sanctions", rf"\b(?P<T>suspend(?:s|ed|ing)?)\s+{THE}{{O}}(?:{POSS}\s+membership)?(?:\s+(?:from|with immediate effect|indefinitely|until|following|after|over|in\s+response)\b|\s*[.;]|\s*$)"),
    ("sanctions", rf"{{S}}{GAP}\b(?:announc(?:e|es|ed|ing)|order(?:s|ed|ing)?|decided on|approv(?:e|es|ed|ing)|impos(?:e|es|ed|ing))\s+{THE}{{O}}{POSS}\s+(?:(?:immediate|temporary|indefinite|formal)\s+)?(?P<T>suspension)\b(?!\s+of\b)"),
    # "the sanctions target X, Y and Z", "the new measures also apply to X"
    ("sanctions", rf"\b(?P<T>sanctions|restrictive measures|measures|designations|listings|asset freezes)\s+(?:(?:package|round)\s+)?(?:(?:also|now|further|will|would)\s+)?(?:target(?:s|ed)?|hit|hits|appl(?:y|ies|ied)\s+to|cover(?:s|ed)?|name[sd]?)\s+{THE}{{O}}"),
    # "froze Iranian assets", "froze the assets of X": a sanction
    # trade cut off and airspace closed are economic penalties: "suspended all trade links with New Delhi",
    # "closed its airspace to Indian airlines"
    ("sanctions", rf"\b(?P<T>(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|ban(?:s|ned|ning)?|cut(?:s|ting)?(?:\s+off)?|sever(?:s|ed|ing)?)\s+(?:all\s+)?(?:bilateral\s+|direct\s+)?trade)\s+(?:(?:links|ties|relations)\s+)?with\s+{THE}{{O}}"),
    ("sanctions", rf"\b(?P<T>clos(?:e|es|ed|ing)\s+(?:its|their)\s+airspace)\s+to\s+{THE}{{O}}"),
    ("sanctions", rf"\b(?P<T>fr(?:eeze|eezes|eezing|oze))\s+(?:(?:the|all|some|its)\s+)?(?:[\w$€£.,-]+\s+){{0,2}}?{{O}}(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:assets|funds|reserves|accounts|property|properties|holdings)\b"),
    ("sanctions", rf"\b(?P<T>fr(?:eeze|eezes|eezing|oze))\s+(?:(?:the|all|some)\s+)?(?:[\w-]+\s+){{0,2}}?(?:assets|funds|reserves|accounts|property|properties|holdings)\s+(?:of|belonging to|held by)\s+{THE}{{O}}"),
    ("sanctions", rf"{{O}}{GAP}\b(?:is|was|are|were|has been|have been|had been|remains?|came|comes|and)\s+under\s+{THE}{{S}}\s+(?P<T>sanctions)"),
    ("sanctions", rf"\b(?P<T>(?:impose[sd]?|imposing|slapped|announce[sd]?|extend(?:s|ed)?)\s+(?:new\s+|fresh\s+|further\s+|more\s+)?sanctions|(?:restrictive\s+)?measures)\s+(?:on|against)\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # force
    ("attacks", rf"\b(?P<T>attack(?:s|ed|ing)?(?!\s+(?:drones?|helicopters?|aircraft|submarines?|jets|boats?|craft|vehicles?|dogs)\b)|struck|strikes?(?!\s+(?:group|groups|force|forces|package|capabilit\w*|fighters?|aircraft|drones?)\b)|striking|bomb(?!\s+(?:shelters?|squads?|threats?|disposal|makers?|scares?|blasts?|attacks?|sniffing)\b)|bomb(?:ed|ing)|bombard(?:s|ed|ing)?|shell(?:ed|ing)|open(?:s|ed)? fire (?:on|at)|(?:bombs|shells)(?=\s+(?:the\s+)?⟦)|fired (?:at|on)|fires (?:at|on)|firing (?:at|on)|shot down|shoots down|down(?:s|ed)|intercept(?:s|ed)|hits?(?!\s+(?:about\s+|around\s+|nearly\s+|more than\s+|a (?:record|new)\b|an all-time\b|\d))|target(?:s|ed|ing)(?!\s+(?:sanctions|measures|restrictions|tariffs|visa\s+bans?|asset\s+freezes)\b)|invade[sd]?|invading|raid(?:s|ed)|assassinat(?:e|es|ed)|(?<!illion )(?<!\d )pound(?:s|ed)|ambush(?:es|ed)|kill(?:s|ed)(?!\s+(?:in|by|and|or|during|when|while|after|at|on|one|two|three)\b|\s*[,.;]))\b(?!\s+(?:a|an|the|its|their)\s+(?:(?!where|which|that|hosting)[\w-]+\s+){{0,4}}?(?:deal|agreement|accord|treaty|pact|bargain|compromise|balance|chord|tone|note)\b)(?:(?!,\s+(?:the\s+)?⟦|,\s+and\s|\s(?:that|which)\s+(?:was|were|is|are|had|has|have)\b|[,.!?][\x22”]|”)[^⟦;]){{0,70}}?{{O}}"),
    ("attacks", rf"(?=⟦)(?<!\bused )(?<!\busing )(?<!\buses )(?<!\bwith )(?<!\bfired )(?<!\bbought )(?<!\bacquired )(?<!\bobtained )"  # "used North Korean missiles against X": the user strikes
                rf"{{S}}\s+(?P<T>(?:air)?strikes?|attacks?|missiles?|drones?|shelling|bombardment|offensive|assaults?|incursion)\s+(?:on|against|into|in)\s+{THE}{{O}}"),
    # "procured missiles from X and used them against Y"
    ("attacks", rf"\b(?P<T>(?:used|uses|using|fired|launched)\s+(?:them|these|those)\s+(?:against|on|at))\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>(?:air ?|missile |drone )?strikes?|attacks?|raids?|bombing|bombardment|shelling|campaign|offensive)\s+(?:(?:carried out|launched|conducted)\s+(?:(?:this|last|early|late|overnight|on)\s+(?:[\w-]+\s+){{0,2}}?)?)?by\s+{THE}{{S}}(?:\s+(?:warplanes|jets|fighter jets|forces|troops|drones|aircraft|military|army|navy|air force))?(?:\s*,?\s*(?:and\s+)?{THE}⟦\d+⟧)*\s+(?:(?:on|against|into|in)\s+(?:(?:several|multiple|many|various|dozens of)\s+(?:[\w-]+\s+)?(?:cities|targets|sites|positions|locations|areas|towns)\s+(?:in|across|throughout)\s+)?|to\s+(?:target|strike|hit|attack|bomb|destroy)\s+){THE}{{O}}"),  # "attacks carried out this morning by X and Y on several cities in Z"
    # "Russia's missile strikes on X", "Russian drone attacks on X" (not "X in an airstrike in Y")
    ("attacks", rf"{{S}}(?:['’‘]s?\s+(?:(?!(?:in|on|at|by|with|for|from|to|after|during)\b)[\w-]+\s+){{0,3}}?|\s+(?:(?!(?:in|on|at|by|with|an?|the|of|for|from|to|after|during|and|or|that|which|who|whom)\b)[\w-]+\s+){{0,3}}?)(?P<T>(?:air ?|missile |drone )?strikes?|attacks?|raids?|bombardment|shelling|offensive|invasion|assault|incursion|aggressions?|killing|assassination|bombing|targeting)\s+(?:on|against|in|into|(?<=invasion )of|(?<=killing )of|(?<=assassination )of|(?<=bombing )of|(?<=targeting )of|(?<=bombardment )of|(?<=shelling )of)\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>(?:shot|fired|shoots|fires|used|uses|turned)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+|⟦\d+⟧[\s-]+){{0,2}}?(?:water cannons?|cannons?|missiles?|rockets?|drones|flares|lasers?|guns|shots|warning shots|shells|bombs|munitions))\s+(?:(?:on|early|late|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:at|on|against)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){{0,6}}?{{O}}"),
    ("attacks", rf"\b(?P<T>battles?|fighting|clash(?:es)?|hostilities|(?<!tug of )(?<!trade )(?<!tariff )(?<!price )(?<!cold )war|skirmishes|exchanges of fire|(?:(?<![A-Za-z] )|(?<=the )|(?<=these )|(?<=deadly )|(?<=fresh )|(?<=renewed )|(?<=military )|(?<=missile )|(?<=drone )|(?<=rocket )|(?<=retaliatory )|(?<=tit-for-tat )|(?<=cross-border ))(?:strikes|attacks))\s+(?:\w+\s+)?between\s+{THE}{{S}}{ARMED}(?:\s*\(\s*⟦\d+⟧\s*\))?\s+and\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>battles?|fighting|clash(?:es)?|hostilities|(?<!tug of )(?<!trade )(?<!tariff )(?<!price )(?<!cold )war|skirmishes|exchanges of fire|(?:(?<![A-Za-z] )|(?<=the )|(?<=these )|(?<=deadly )|(?<=fresh )|(?<=renewed )|(?<=military )|(?<=missile )|(?<=drone )|(?<=rocket )|(?<=retaliatory )|(?<=tit-for-tat )|(?<=cross-border ))(?:strikes|attacks))\s+(?:\w+\s+)?between\s+{THE}{{O}}{ARMED}(?:\s*\(\s*⟦\d+⟧\s*\))?\s+and\s+{THE}{{S}}"),
    # "the downing of a Malian drone by Algerian forces"
    ("attacks", rf"\b(?P<T>downing|shooting down|shoot-down|interception)\s+of\s+(?:an?\s+|the\s+|two\s+|three\s+)?{{O}}\s+(?:[\w-]+\s+){{0,3}}?(?:drones?|jets?|aircraft|planes?|helicopters?|missiles?|airliners?)\s+by\s+{THE}{{S}}"),
    # "a Russian missile slammed into a hospital in X"
    ("attacks", rf"{{S}}\s+(?:[\w-]+\s+){{0,2}}?(?:missiles?|drones?|rockets?|shells?|bombs?|projectiles?)\s+(?P<T>(?:slam|crash|smash)(?:s|es|med|ed)?\s+into)\b{GAP}{{O}}"),
    ("attacks", rf"{{S}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>clash(?:ed|es)?|fought|traded fire)\s+with\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>(?:exchang|trad)(?:ed|e|es|ing)\s+(?:[\w-]+\s+){{0,2}}?fire)\s+with\s+{THE}{{O}}"),  # "the months it has been exchanging fire with Israel"
    ("attacks", rf"{{O}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>clash(?:ed|es)?|fought|traded fire)\s+with\s+{THE}{{S}}"),
    ("attacks", rf"\b(?P<T>advances?|advancing|pushed|offensive|crossed|stormed|incursion)\s+(?:deep\s+)?into\s+{THE}{{O}}"),
    # "M23 forces, backed by Rwandan soldiers, entered Goma": forces that enter a place attack it
    ("attacks", rf"{{S}}\s+(?:forces|troops|soldiers|fighters|units|rebels|militants|militias?|army|gunmen)\b(?:\s*,[^,;]{{0,60}},)?\s+(?:(?:have|had|has|then|quickly|also)\s+)?(?P<T>entered|overran|overrun|stormed|marched into|rolled into|pushed into)\s+{THE}{PLACE_KIND}{{O}}(?![^.;]{{0,60}}\b(?:training|exercises?|drills?|invitation|invited|request|peacekeeping|to help|to support|to assist|to protect)\b)"),
    # "rammed through the Russian border and swept across Russia's Kursk region"
    ("attacks", rf"\b(?:forces|troops|soldiers|units|tanks|fighters|army|rebels|militants|militias?)\b[^.;⟦]{{0,80}}?\b(?P<T>(?:swept|sweeps|sweeping|rammed|rams|ramming|broke|breaks|burst|bursts|smashed|poured|pours|pushed)\s+(?:deep\s+)?(?:across|through|into))\s+(?:(?:the|some|parts?\s+of|much\s+of|(?:[\w-]+\s+){{0,2}}?parts\s+of)\s+)*{{O}}"),
    # "destroying Afghan infrastructure", "destroyed a Russian tank": the thing destroyed is near (not "destroyed in X")
    ("attacks", rf"\b(?P<T>destroy(?:s|ed|ing)?)\s+(?:(?:a|an|the|two|three|several|dozens of|scores of|\d+)\s+)?(?:(?!(?:in|at|on|near|by|during|after|over|across)\b)[\w-]+\s+){{0,2}}?{{O}}"),
    ("attacks", rf"\b(?P<T>wag(?:e|es|ed|ing)\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?war)\s+(?:against|on)\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>advance[sd]?|advancing|marche[sd]|marching|clos(?:e|es|ed|ing) in)\s+(?:on|towards?)\s+{THE}{PLACE_KIND}{{O}}"),
    ("attacks", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>(?:exchang|trad)(?:ed|e|es|ing)\s+(?:[\w-]+\s+){{0,3}}?fire|clashed|fought|(?:remain(?:ed|s)?|were|are|was|is|have been|had been)\s+locked in\s+(?:[\w-]+\s+)?(?:clashes|fighting|battles?|combat))\b"),
    ("attacks", rf"{{O}}\s+and\s+{THE}{{S}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>(?:exchang|trad)(?:ed|e|es|ing)\s+(?:[\w-]+\s+){{0,3}}?fire|clashed|fought|(?:remain(?:ed|s)?|were|are|was|is|have been|had been)\s+locked in\s+(?:[\w-]+\s+)?(?:clashes|fighting|battles?|combat))\b"),
    ("attacks", rf"\b(?P<T>(?:carr(?:y|ies|ied|ying) out|launch(?:es|ed|ing)?|conduct(?:s|ed|ing)?|press(?:es|ed) ahead with|step(?:s|ped) up|(?<!['’]s )(?<!\bthe )(?<!\bits )(?<!\btheir )continu(?:e|es|ed))\s+(?:(?:a|an|the|its|their)\s+)?(?:(?!(?:relief|evacuation|rescue|humanitarian|aid|peacekeeping|search|vaccination|medical|training)\b)[\w-]+\s+){{0,3}}?(?:(?:air ?)?strikes?|attacks?|raids?|incursion|offensive|assault|bombardment|operation))\s+(?:on|against|in|into|at|across)\s+(?:(?:south|north|east|west|southern|northern|eastern|western|central)\s+)?{THE}{PLACE_KIND}{{O}}"),
    # "Putin, who launched the invasion of Ukraine", "since Russia launched its full-scale invasion of Ukraine"
    ("attacks", rf"\b(?P<T>(?:launch(?:es|ed|ing)?|beg[ia]n|start(?:s|ed))\s+(?:(?:a|an|the|its|their|his)\s+)?(?:(?:full-scale|full-blown|large-scale|all-out|military|ground|unprovoked)\s+){{0,2}}invasion)\s+(?:of|into)\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>(?:carr(?:y|ies|ied) out|launch(?:es|ed)?|conduct(?:s|ed)?|press(?:es|ed) ahead with|step(?:s|ped) up|expand(?:s|ed)?|beg[ia]n)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:air ?)?strikes?|attacks?|raids?|incursion|offensive|assault|bombardment|operation|invasion))\s+(?:in|into|on)\s+{THE}⟦\d+⟧\s+against\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>launch(?:es|ed|ing)?|fir(?:es|ed|ing)|unleash(?:es|ed|ing)?)\s+(?:[\w-]+\s+){{0,3}}?(?:(?:volley|barrage|salvo|wave|swarm)\s+of\s+(?:[\w-]+\s+){{0,2}}?)?(?:drones?|missiles?|rockets?|shells|barrages?|projectiles)(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?(?:drones?|missiles?|rockets?|shells))?(?:\s*,\s*including\s+[^,;⟦]{{1,40}},)?\s+(?:at|on|against|toward|towards|into)\s+(?:[\w-]+\s+){{0,2}}?{{O}}"),
    ("attacks", rf"\b(?P<T>(?:attacks?|strikes?|assaults?|offensive|raids?|shelling|bombardment|operations?))\s+by\s+{THE}{{S}}(?:\s*\(\s*⟦\d+⟧\s*\))?\s+(?:on|against)\s+{THE}(?:(?:a\s+)?(?:series|number|range|string)\s+of\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:targets|sites|positions|bases|facilities)\s+(?:of|in)\s+{THE})?{PLACE_KIND}{{O}}"),
    ("attacks", rf"\b(?P<T>retaliat(?:e|es|ed|ing))\s+(?:(?:with|by)\s+(?:[\w-]+\s+){{0,3}}?(?:on|against|at)\s+|against\s+){THE}{{O}}"),
    ("attacks", rf"{{O}}{WIDE_GAP}\b(?:was|were|has been|had been|is being|have been)\s+(?:\w+ly\s+)?(?P<T>targeted|killed|hit|struck|attacked|wounded)\s+(?:in|by)\s+(?:an?\s+|the\s+)?{{S}}\s+(?:air\s*)?(?:strikes?|attacks?|raids?|drone strikes?|shelling|fire)"),
    # repelling an attack is fighting the attacker: "the army repelled an assault by X"
    ("attacks", rf"\b(?P<T>repel(?:s|led|ling)?|repulse[sd]?|repulsing|fought off|fend(?:s|ed)? off|beat back|thwart(?:s|ed)?|foil(?:s|ed)?)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?:attacks?|assaults?|offensives?|incursions?|raids?|advances?|attempts?)\s+(?:by|from)\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>repel(?:s|led|ling)?|repulse[sd]?|repulsing)\s+{THE}{{O}}"),
    ("occupies", rf"(?<!-)\b(?P<T>occupie[sd]|(?<!the )(?<!its )(?<!their )(?<!an )occupying|seized|captured|annexed|retook|recaptured|took control of|taken control of)\s+{THE}{PLACE_KIND}{{O}}"),
    ("occupies", r"{S}-(?P<T>occupied|controlled|held)\s+{O}"),
    # "now controls 18% of Ukrainian territory", "occupies about a fifth of Ukraine"
    ("occupies", rf"\b(?P<T>control(?:s|led)?|occup(?:ies|ied)|holds|held)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|close to)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)|(?:a|one)[\s-](?:fifth|quarter|third|half|tenth))\s+of\s+{THE}{{O}}(?:\s+(?:territory|land)|['’]s\s+(?:territory|land)|(?=\s*[,.;]|\s+(?:and|since|after|as|by|now|today)\b))"),
    ("occupies", rf"(?<!-)\b(?P<T>(?:control(?:s|led|ling)?|hold(?:s|ing)?|held|occup(?:y|ies|ied|ying)|seized|captured|took|taken|seized control of|took control of)\s+(?:(?:a|large|vast|big|small|some|most|much|all|the)\s+)?(?:parts?|swaths?|swathes|areas?|territory|chunks?|much|most|pockets?|portions?|sections?|slices?)\s+of)\s+(?:(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?{THE}{{O}}"),
    # politics
    ("defeats", r"\b(?P<T>(?<!conceded )(?<!concedes )(?<!conceding )(?<!admitted )(?<!accepted )(?<!suffered )(?<!his )(?<!her )(?<!their )(?<!a )defeat(?:s|ed|ing)?(?!\s+(?:to|at the hands of)\b)|beat(?:s|ing)?|won against|trounced|unseated|ousted)\s+(?:\w+\s+){0,3}?(?:(?:candidate|rival|opponent|challenger|incumbent),\s+(?:[\w-]+\s+){0,2}?)?{O}"),
    # "his 2022 election defeat to Lula": the possessor lost
    # "triumphed in the runoff, winning three million more votes than X"
    ("defeats", rf"\b(?P<T>(?:winning|won|securing|secured|receiving|received|garnering|garnered)\s+(?:[\w,.%-]+\s+){{0,3}}?more\s+votes\s+than)\s+{THE}{{O}}"),
    ("defeats", rf"\b(?:{VOTE_WORD})\b[^;]*?\b{AHEAD}"),  # "… election victory, finishing ahead of X"
    ("defeats", rf"\b{AHEAD}[^;]*?\b(?:{VOTE_WORD})\b"),
    ("defeats", rf"{{O}}{POSS}\s+(?:[\w-]+\s+){{0,3}}?(?P<T>defeat)\s+(?:to|at the hands of)\s+{THE}(?:[\w-]+\s+){{0,3}}?{{S}}"),
    # "won the run-off against Y", "Y lost to X", "Y conceded defeat to X"
    ("defeats", rf"\b(?P<T>w[oi]n|wins|winning)\s+(?:(?:the|a|an|this|last)\s+)?(?:[\w-]+\s+){{0,3}}?(?:election|vote|run-?off|race|ballot|contest|poll|presidency|battle)\s+against\s+{THE}{{O}}"),
    ("defeats", rf"{{O}}\s+(?:(?:narrowly|heavily|clearly)\s+)?(?P<T>lost(?:\s+out)?|loses|conceded(?:\s+defeat)?|concedes(?:\s+defeat)?)\s+to\s+{THE}{{S}}"),
    ("defeats", rf"\b(?P<T>w[oi]n|wins|winning|received|secured)\s+(?:[\w,.%-]+\s+){{0,3}}?(?:votes?|seats?|per ?cent\b|%)\s*(?:to\s+[\d,.]+\s+)?(?:against|over)\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}(?!['’]s?\s+[\d.,]+\s*(?:%|per ?cent))"),  # "won 31 votes to 18 over X" (not "47% against X's 53%")
    ("defeats", rf"{{S}}\s+(?:obtained|received|won|got|secured|took|garnered)\s+(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:%|per ?cent)(?:\s+of\s+the\s+\w+)?,?\s+(?P<T>compared (?:to|with)|against|ahead of|versus|vs\.?)\s+(?:about\s+|around\s+)?[\d.,]+\s*(?:%|per ?cent)\s+(?:of|for)\s+{THE}(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("defeats", rf"{{S}}\s+(?:obtained|received|won|got|secured|took|garnered)\s+(?:about\s+|around\s+|nearly\s+)?[\d.,]+\s*(?:%|per ?cent)(?:\s+of\s+the\s+\w+)?,?\s+(?P<T>followed by)\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    ("defeats", rf"\b(?P<T>(?:victory|win|triumph)\s+over)\s+{THE}(?:[\w-]+\s+){{0,2}}?{{O}}"),
    ("defeats", rf"(?:victory|win|won|wins|re-?elect\w*|secured)\b{LONG_GAP}\b(?P<T>opponent|rival|challenger)s?,?\s+(?:[\w-]+\s+){{0,4}}?{{O}}"),
    # "The Russian delegation, led by Dmitry Medvedev, …": the head of a state's delegation acts for it
    ("represents", rf"{{O}}\s+(?:[\w-]+\s+)?(?:delegation|team|mission),?\s+(?:which\s+was\s+|was\s+|is\s+)?(?P<T>led|headed)\s+by\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?{{S}}"),
    ("leads", rf"\b(?:has|had)\s+(?P<T>led|headed)\s+{THE}{{O}}\s+(?:since|for)\b"),  # "X, who has led the Freedom Party since 2021"
    # "the Conservative Party, led by Rishi Sunak", "Led by Luís Montenegro, AD …"
    ("leads", rf"(?:^\W*|(?<=, )|(?<=\bthe )|(?<=\bThe ))"
              rf"{{O}},?\s+(?:(?:currently|now|still)\s+)?(?P<T>led|headed)\s+by\s+(?:(?!(?:the|a|an)\b)[\w-]+\s+){{0,3}}?{{S}}"),
    ("leads", rf"^\W*(?P<T>[Ll]ed|[Hh]eaded)\s+by\s+(?:[\w-]+\s+){{0,3}}?{{S}},\s+(?:the\s+)?{{O}}(?=,|\s+(?:has|have|had|is|are|was|were|won|wins|became|took|(?-i:[a-z]+ed))\b)"),
    # "X has been re-elected as President of Cameroon", "X, who is the president of Republika Srpska"
    ("leads", rf"{{S}}\s+(?:has\s+been|had\s+been|was|is)\s+(?P<T>(?:re-?)?elected|sworn in|inaugurated|installed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:president|prime minister|premier|leader|chancellor|⟦\d+⟧)\s+of\s+{THE}{{O}}"),
    ("leads", rf"{{S}}\s+(?:has\s+been|had\s+been|was|is)\s+(?P<T>(?:re-?)?elected|sworn in|inaugurated|installed|appointed|named)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?{{O}}(?:['’]s?)?\s+(?:chairperson|chairman|chairwoman|chair|president|head|leader|secretary[- ]general|director[- ]general)\b(?!\s+of\b)"),  # "X has been elected the African Union Commission chairperson"
    ("leads", rf"{{S}},?\s+who\s+is\s+(?:also\s+)?(?:the\s+)?(?:current\s+)?(?P<T>president|prime minister|premier|leader|chancellor|head|⟦\d+⟧)\s+of\s+{THE}{{O}}(?=\s*[,.;)]|\s+(?:and|since|for)\b)"),
    # "the EU's rotating presidency, Hungary,": an appositive (not "the Egyptian presidency, both sides reaffirmed …")
    ("leads", rf"{{O}}{POSS}\s+(?:current\s+|rotating\s+)?(?P<T>president|presidency|chair)(?:\s+country)?\s*,\s*{THE}{{S}}(?!\s*,?\s+(?:and|or)\s)"),
    ("leads", rf"{{S}}\s+(?:has\s+|have\s+)?(?P<T>become|became|becomes|is now|took over as|takes over as|assumed|assumes|holds|will hold)\s+(?:the\s+)?(?:rotating\s+)?(?:president|presidency|chair|chairmanship|head|leader)\s+of\s+{THE}{{O}}"),
]


def passive(participles: str, owned: bool = False) -> str:
    """"{O} was|has been (partly) VERBed (with a hug) by (a wave of) {S}", "{O}, which has been VERBed by {S}",
    and "{O}, which …, was VERBed by {S}" (the relative clause passed over); with ``owned``,
    also what O owns: "X's power grid was hit by Y"."""
    own = r"(?:['’]s(?:\s+[\w-]+){1,3}?|(?:\s+(?-i:[a-z])[\w-]*)?\s+(?:airliner|plane|aircraft|jet|ship|vessel|tanker|drone|helicopter|convoy|embassy|consulate|base|positions?|posts?|checkpoints?|outposts?|troops|soldiers|forces|city|village|town|port|airport|infrastructure|facility|facilities|plant|grid|territory))?" if owned else ""  # "X's power grid", "an Azerbaijani airliner"
    return (rf"{{O}}{own}(?:,\s+(?:in particular|too|also|meanwhile|however|for its part|for their part|in turn|itself),\s+|,\s+(?:which|that|who)\s+|,\s+(?:which|that|who)\s+(?:[^,;⟦]|⟦\d+⟧){{0,100}}?,\s+|\s+(?:that|which)\s+(?:[\w-]+\s+){{1,4}}?|\s+)"
            rf"(?:has\s+|have\s+|had\s+)?(?:been|was|were|is|are|being)\s+"
            rf"(?:(?:\w+ly|also)\s+)?(?P<T>{participles})\s+(?:on\s+\w+day\s+)?(?:at\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:airport|palace|station|residence|house|hall)\s+)?(?:with\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){{1,3}}?)?by\s+(?:(?:a|an|the)\s+)?(?:(?:wave|barrage|series|swarm|volley)\s+of\s+)?(?:(?:[\w-]+\s+){{0,2}}?|(?:(?-i:[A-Z])[\w-]*\s+(?:of\s+(?:the\s+)?)?){{3,6}}){{S}}")


# passives of other shapes: "X came under Russian fire", "sanctions were imposed on X by Y", "the deal was
# signed by X and Y", "the drones were supplied to X by Y", "X, backed by Y"
OTHER_PASSIVES = [
    ("attacks", rf"{{O}}\s+(?:came|comes|has come|had come|was|is|were|are)\s+under\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?{{S}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>fire|attacks?|bombardment|shelling|strikes|assault)"),
    ("sanctions", rf"\b(?P<T>sanctions|restrictive measures)\s+(?:were|was|have been|had been|are)\s+(?:\w+\s+)?imposed\s+on\s+{THE}{{O}}\s+by\s+{THE}{{S}}"),
    ("signs_agreement_with", rf"\b(?:agreement|treaty|deal|pact|accord|declaration)\s+(?:was|were|has been|had been)\s+(?P<T>signed|initialled|initialed)\s+(?:(?:on|in|last)\s+(?:[\w,]+\s+){{1,3}}?)?by\s+{THE}{{S}}\s+and\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"\b{WEAPONS}\s+(?:were|was|have been|had been|are being)\s+(?P<T>supplied|sent|delivered|given|sold|provided|shipped|transferred)\s+to\s+{THE}{{O}}\s+by\s+{THE}{{S}}"),
    ("supports", rf"{{O}},\s+(?:\w+ly\s+)?(?P<T>backed|supported|armed|funded|sponsored)\s+by\s+{THE}{{S}}"),
    ("occupies", rf"{{O}},\s+(?:\w+ly\s+)?(?P<T>annexed|occupied|seized|captured)\s+by\s+{THE}{{S}}"),  # "Crimea, annexed by Russia in 2014"
    # "the city of Tyre, one of the areas bombed by Israel"
    ("attacks", rf"{{O}},\s+(?:one\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:areas|places|cities|towns|villages|sites|targets|locations|districts)\s+(?P<T>bombed|struck|hit|shelled|targeted|attacked|pounded)\s+(?:on\s+\w+day\s+)?by\s+{THE}{{S}}"),
]

PASSIVES = [
    ("occupies", passive("occupied|seized|captured|annexed|held|controlled")),
    ("condemns", rf"\b(?P<T>(?:lodg|fil|regist|submit)(?:ed|es|e|ted|s)\s+(?:a|an|its|their)?\s*(?:[\w“”\"-]+\s+){{0,3}}?(?:protests?|complaints?)[“”\"]?)\s+(?:yet\s+|formally\s+)?(?:against|(?:with|to|over)(?!\s+{THE}⟦\d+⟧\s+against\b))\s+{THE}{{O}}"),
    # "filed a complaint with the Council against X": X is the one complained of
    ("condemns", rf"\b(?P<T>(?:lodg|fil|regist|submit)(?:ed|es|e|ted|s)\s+(?:a|an|its|their)?\s*(?:[\w“”\"-]+\s+){{0,3}}?(?:protests?|complaints?)[“”\"]?)\s+(?:with|to)\s+{THE}⟦\d+⟧\s+against\s+{THE}{{O}}"),
    ("condemns", rf"\b(?P<T>protest(?:s|ed)?)\s+(?:against\s+|to\s+)?{THE}{{O}}"),
    # "X's visit to Y has drawn sharp criticism from Z", "X drew condemnation from Z": Z condemns X (X opens the clause)
    ("condemns", rf"(?:^|[.;:]\s*)\W*(?:the\s+)?{{O}}(?:['’]s?\s+(?:[^;:⟦]|⟦\d+⟧){{0,100}}?\s+|\s+)(?:has\s+|have\s+|had\s+)?"
                 rf"(?P<T>(?:dr[ae]w|draws|drawn|drawing|sparked|sparks|prompted|prompts|triggered|triggers|provoked|provokes)\s+"
                 rf"(?:(?:a|an|sharp|strong|swift|fierce|widespread|international|angry|harsh)\s+)*(?:criticism|condemnation|rebukes?|protests?|backlash))"
                 rf"\s+(?:from|by)\s+{THE}{{S}}"),
    ("condemns", rf"\b(?P<T>summon(?:s|ed|ing))\s+(?:the\s+)?(?:(?:top|senior|interim|acting)\s+)?(?:ambassador|envoy|chargé d['’]affaires|charge d['’]affaires|diplomats?)\s+(?:of|from)\s+{THE}{{O}}"),
    ("condemns", rf"\b(?P<T>summon(?:s|ed|ing))\s+(?:the\s+)?(?:top\s+|senior\s+)?{{O}}{POSS}\s+(?:(?:embassy|mission)['’]s\s+)?(?:[\w-]+\s+){{0,2}}?(?:ambassador|envoy|diplomats?|chargé d['’]affaires|charge d['’]affaires|(?:deputy\s+)?chief of mission|consul)\b"),
    ("condemns", passive("condemned|denounced|criticised|criticized|rebuked|slammed")),
    # "recalled its ambassador to X", "ordered the return of Brazil's ambassador from X"
    # "A, B and C announced their withdrawal from the West African bloc": a break with the body (an organisation, see extract)
    ("condemns", rf"\b(?P<T>withdr(?:aw|aws|ew|awn|awing|awal)|exit(?:s|ed|ing)?|quit(?:s|ting)?|pull(?:s|ed|ing)?\s+out|leav(?:e|es|ing)|left)\s+(?:immediately\s+)?(?:from\s+)?{THE}(?:(?!(?:its|their|his|her|of|ambassadors?|envoys?|troops|forces|soldiers|diplomats)\b)[\w-]+\s+){{0,3}}?{{O}}(?!\s*(?:['’]s|-))"
                 r"(?!\s+(?:[\w'’-]+\s+){0,2}?(?:headquarters|summit|meeting|talks|session|chamber|hall|room|building|assembly|debate|conference|venue|offices?|compound|premises)\b)"),
    ("condemns", rf"\b(?P<T>recall(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|(?:immediate\s+)?(?:recall|return|withdrawal)\s+of)\s+(?:(?:its|their|his|her|the|an?|all)\s+)?(?:⟦\d+⟧['’]s\s+)?(?:(?:top|senior|chief)\s+)?(?:ambassadors?|envoys?|high commissioners?|top diplomats?|diplomats)\s+(?:to|from|in)\s+{THE}{{O}}"),
    ("condemns", rf"\b(?P<T>declar(?:e|es|ed|ing))\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?(?:senior\s+|top\s+)?{{O}}\s+(?:[\w-]+\s+)?(?:diplomats?|ambassadors?|envoys?|consuls?|officials?|attach[eé]s?)\s+{Q}persona non grata"),
    ("condemns", rf"\b(?P<T>declar(?:e|es|ed|ing))\s+{THE}(?:[\w-]+\s+){{0,2}}?{{O}}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:ambassador|envoy|diplomats?))?,?\s+(?:an?\s+|the\s+)?{Q}persona non grata"),
    ("attacks", passive("attacked|struck|shelled|bombed|targeted|hit|invaded|shot down|downed|battered|pounded|hammered|rocked|destroyed", owned=True)),
    ("sanctions", passive("sanctioned")),
    ("supports", passive("supported|backed|endorsed")),
    ("supports", passive("congratulated", owned=True)),  # "X's victory was congratulated by the leaders of A and B"
    ("accuses", passive("accused|blamed")),
    # "amid accusations between the US and China": each accuses the other
    ("accuses", rf"\b(?=[amr])(?<!\bno )(?<!\bwithout )(?P<T>(?:mutual\s+)?(?:accusations|recriminations))\s+between\s+{THE}{{S}}\s+and\s+{THE}{{O}}"),
    ("accuses", rf"\b(?=[amr])(?<!\bno )(?<!\bwithout )(?P<T>(?:mutual\s+)?(?:accusations|recriminations))\s+between\s+{THE}{{O}}\s+and\s+{THE}{{S}}"),
    # "Israel and Hamas each accused the other of breaching the truce": each accuses the other
    ("accuses", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:(?:each|have|had|both|also|again)\s+){{0,2}}(?P<T>accus(?:e|ed)|blam(?:e|ed))\s+(?:each\s+other|one\s+another|the\s+other)\b"),
    ("accuses", rf"{{O}}\s+and\s+{THE}{{S}}\s+(?:(?:each|have|had|both|also|again)\s+){{0,2}}(?P<T>accus(?:e|ed)|blam(?:e|ed))\s+(?:each\s+other|one\s+another|the\s+other)\b"),
    ("visits", passive("visited")),
    # "X arrived late on Thursday and was warmly received by PM Y and President Z": a passive sharing the subject
    ("meets_with", rf"{{O}},?\s+(?:also\s+)?(?:(?!(?:was|were|is|are|been|had|has)\b)[a-z]+ed|met|spoke|flew|went|held|made|paid|gave|took|came|arrived|landed|reached)\b(?:(?!\band\b)[^.;“”\"]){{0,80}}?\s+and\s+(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?P<T>received|welcomed|greeted|hosted)\s+(?:on\s+\w+day\s+)?by\s+{BY_HOST}{{S}}"),
    # "Received at State House by President X, Y held talks": X met Y
    ("meets_with", rf"^\W*(?P<T>received|welcomed|greeted|hosted)\b(?:[^,;⟦]|⟦\d+⟧){{0,60}}?\bby\s+(?:(?-i:[A-Z][\w-]*)\s+){{0,3}}{{S}},\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+){{0,3}}{{O}}"),
    ("meets_with", r"(?<!\bon )(?<!\babout )(?<!\bof )(?<!\bfor )(?<!\bin )(?<!\bwith )(?<!\bover )(?<!\bfrom )" + passive("greeted|received|welcomed|hosted")),  # "Macron was greeted on Sunday by Steinmeier"
    ("meets_with", rf"{{O}}\s+(?:has\s+|had\s+|was\s+|is\s+)(?:been\s+)?(?P<T>briefed)\s+(?:[^;⟦]{{0,60}}?\s+)?by\s+{THE}(?:(?-i:[A-Z])[\w.-]*\s+){{0,3}}?{{S}}"),  # "Modi has been briefed on the situation by X"
    ("visits", rf"\b(?P<T>attend(?:s|ed|ing)?)\s+(?:(?:a|an|the)\s+)?(?:(?:[\w-]+|⟦\d+⟧)\s+){{0,5}}?(?:conference|summit|meeting|talks|forum|ceremony|inauguration)\b[^;⟦]{{0,40}}?\bin\s+{THE}{{O}}"),
    ("defeats", passive("defeated|beaten|unseated|ousted")),
    ("threatens", passive("threatened")),
    # "launched military drills around Taiwan", "exercises in waters near X", "forces to surround X for exercises"
    ("threatens", rf"{{S}}(?:['’]s?)?\s+(?:(?!(?:against|on|with|by|for|opposed|condemned|about|over|joint|combined|and)\b)[\w-]+\s+){{0,4}}?(?P<T>drills|exercises|(?<!\sfire )(?<!defence )(?<!defense )(?<!response )(?<!rescue )(?<!evacuation )(?<!emergency )(?<!civil )(?<!to )(?:drill|exercise)|war games|manoeuvres|maneuvers)\s+{DRILLED}{NOT_WITH_PARTNERS}"),
    ("threatens", rf"{{S}}\s+(?:[\w-]+\s+){{0,2}}?(?P<T>launch(?:es|ed)?|held|holds|stag(?:es|ed)|conduct(?:s|ed)|beg[ia]n|start(?:s|ed)|kick(?:s|ed) off)\s+(?:(?!(?:joint|combined)\b)[\w-]+\s+){{0,4}}?(?:drills|exercises|(?<!\sfire )(?<!defence )(?<!defense )(?<!response )(?<!rescue )(?<!evacuation )(?<!emergency )(?<!civil )(?<!to )(?:drill|exercise)|war games|manoeuvres|maneuvers)\s+{DRILLED}{NOT_WITH_PARTNERS}"),
    ("threatens", rf"\b(?P<T>encircl(?:e|es|ed|ing)|surround(?:s|ed|ing)?|blockad(?:e|es|ed|ing))\s+{THE}{{O}}\s+(?:for|in|with)\s+(?:[\w-]+\s+){{0,3}}?(?:drills|exercises|war games|manoeuvres|maneuvers)"),
]
PATTERNS += PASSIVES + OTHER_PASSIVES
HAS_PASSIVE = {predicate for predicate, _ in PASSIVES}

# "… and condemned it": the object is the earlier relation's (see find_relations).
PATTERNS += [
    (predicate, rf"\b(?P<T>{verbs})(?=[”\"’]?\s+(?:it|them)\b)")
    for predicate, verbs in [
        ("condemns", r"condemn(?:s|ed)?|denounce[sd]?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|rebuke[sd]?"),
        ("supports", r"support(?:s|ed)?|back(?:s|ed)?|endorse[sd]?"),
        ("sanctions", r"sanction(?:s|ed)?"),
        ("accuses", r"accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)"),
    ]
]

SLOT = {"S": r"(?P<S>⟦\d+⟧)", "O": r"(?P<O>⟦\d+⟧)"}
COMPILED = [(predicate, re.compile(pattern.replace("{S}", SLOT["S"]).replace("{O}", SLOT["O"]), re.IGNORECASE),
             max(1, ("{S}" in pattern) + ("{O}" in pattern)))  # every relation has an object token
            for predicate, pattern in PATTERNS]
TRIGGER_WORDS = Prefilter([pattern for _, pattern, _ in COMPILED])  # most patterns need words a sentence lacks

TOKEN = re.compile(r"⟦(\d+)⟧")
# ", ", " and ", and " and Foreign Minister " (a title of the next person)
# a list item may carry a title the gazetteer does not tie to a state: "X, former Defence Minister Y, and Z"
COORDINATION = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+)(?:(?:former|acting|then|late|ex-)\s*)?(?:(?-i:[A-Z][a-z]+)\s+){0,3}(?:the\s+|(?<=, )(?:his|her)\s+)?$|^\s*/\s*(?:the\s+)?$")
RELATIVE_END = re.compile(r",\s+(?=(?:has|have|had|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\s+by\b)")
OF_LINK = re.compile(r"\s+(?:of|in)\s+")  # "X of France, Y of Fiji", "Hamas in Gaza and Hezbollah in Lebanon"
CONJUNCTION = re.compile(r"\b(?:and|or|as well as)\b|/")
# "Lebanon, Syria and other countries", "Poland, Romania and our NATO allies": a list closed by a class of others
AND_OTHERS = re.compile(r",?\s+(?:and|or|as well as)\s+(?:(?:many|several|some|various|a number of|the)\s+)?others?\b|,\s+among others\b", re.IGNORECASE)
AND_ALLIES = re.compile(r",?\s+(?:and|as well as)\s+(?:all\s+)?(?:our|its|their)\s+(?:⟦\d+⟧\s+|[\w-]+\s+){0,2}?(?:allies|partners|friends)\b", re.IGNORECASE)
# "According to Tokyo, China and its partners …": a sentence's opening phrase is no list item
OPENING_ITEM = re.compile(r"^\W*(?:according to|in|for|on|at|after|unlike|like|from|to)\s+(?:the\s+)?$", re.IGNORECASE)
LIST_THEN_COMMA = re.compile(r"\s*,")
OPENING_PHRASE_END = re.compile(r"^\W*(?:in|at|on|after|before|during|following|from|to|ahead of|at the end of)\b[^,;⟦]*\b(?:in|at|from|to)\s+(?:the\s+)?"
                                r"(?:(?:capital|city|port|town|village|region|province|resort)(?:\s+of)?\s+){0,3}$", re.IGNORECASE)  # "… in the capital [Ankara], A and B"
REVERSAL = re.compile(r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|"
                      r"revok(?:e|es|ed|ing)|end(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|drop(?:s|ped|ping)?|halt(?:s|ed|ing)?|"
                      r"scrap(?:s|ped)?|cut(?:s|ting)?(?:\s+off)?|"
                      # what one opposes or condemns is another's: "opposed to Western sanctions against X"
                      r"oppos(?:e|es|ed|ing)(?:\s+to)?|critical\s+of|(?:an\s+)?end\s+to|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|reject(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
                      r"sever(?:s|ed|ing)?|br(?:oke|eak|eaks|eaking)\s+off|relief\s+from|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|stop(?:s|ped|ping)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|freez(?:e|es|ing)|froze|frozen)\s+[“\"]?(?:(?:[\w-]+|⟦\d+⟧['’]?s?)\s+){0,3}?[“\"]?$", re.IGNORECASE)
REVERSIBLE = re.compile(r"(?:designat\w*|sanctions?|support|aid|assistance|backing|embargo|restrictive measures|funding|ties|relations|cooperation|partnership|alliance)", re.IGNORECASE)
# "hasn't stopped shelling X", "did not hesitate to condemn X", "not only …": the act is asserted
DOUBLE_NEGATIVE = r"(?!\s+(?:(?:have|has|had|been|be)\s+)?(?:stop\w*|ceas\w*|hesitat\w*|wait\w*|fail\w*|shy|shied|alone|only|just|merely|least|afraid)\b)"
NEGATION = re.compile(r"(?:(?<=\w)n['’]t|\bnot|\bnever)\b" + DOUBLE_NEGATIVE + r"|\b(?:no longer|nobody|no one|withh[eo]ld(?:s|ing)?(?=(?:\s+[\w-]+){0,2}\s*$)|fail(?:s|ed|ing)?\s+to(?=(?:\s+[\w-]+){0,3}\s*$)|denie[sd]|deny(?:ing)?|refuse[sd]? to|declined to|refrain(?:s|ed|ing)? from|(?:has|have|had) no plans? (?:to|of|for)|(?:rejected|dismissed|denied|refuted)\s+(?:the\s+)?(?:claims?|accusations?|allegations?|reports?|suggestions?)|without)\b", re.IGNORECASE)
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|(?-i:may)|should|plans? to|danger of|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|(?:goal|aim|objective|intention) (?:is|was) to|expectations? that|planning to|prepar(?:es|ed|ing) to|intends? to|expected to|(?:is|are|['’]s)\s+(?:also\s+)?set to|considering|threaten(?:s|ed)? to|if|whether|will|potential|possible|possibly|ready to|prepared to|seeks? to|wants? to|bids? to|attempts? to|(?:is|are|was|were)\s+due\s+to|prepar(?:es|ed|ing) for|simulat\w*|rehears\w*|warn(?:s|ed|ing)? of|fears? of|scenarios? of|pledged to|promised to|vowed to|agreed to|offered to|calls? (?:on|for)|for use in|in order to|aimed at|talk of|threat of|possibility of|risk of|lead(?:s|ing)? to|pav(?:e|es|ed|ing) the way for|hope[sd]?|hoping|look(?:s|ed|ing)? forward to|advocat(?:e|es|ed|ing)|planned|upcoming|proposed|forthcoming|scheduled|prospective)\b|['’]s\s+(?:also\s+)?set\s+to\b", re.IGNORECASE)
# (before an attack's trigger: "warned of new Russian strikes", "threatened Kyiv with more strikes")
THREAT_BEFORE = re.compile(THREAT_VERB + rf"(?:⟦\d+⟧\s+with\s+)?(?:(?:{THREAT_MODIFIER}|⟦\d+⟧)\s+){{0,3}}$", re.IGNORECASE)
FORCE_NOUN = re.compile(FORCE, re.IGNORECASE)  # what a threat names: "attacks", "strikes" …
# "will remain", "will continue to": what holds goes on (for stances, with no condition or threat in the sentence)
# (before the trigger) a pledge of backing or cooperation is backing or cooperation: "vowed to support", "agreed to expand cooperation"
PLEDGE = (r"\b(?:pledged|vowed|promised|agreed)\s+to(?:\s+continue\s+to)?"
          r"(?:\s+(?:further\s+)?(?:expand|deepen|strengthen|boost|bolster|enhance|step\s+up|intensify|develop|promote)(?:\s+(?:its|their|his|her|our))?)?\s*$")
LASTING = re.compile(r"\b(?:will|intends?\s+to)\s+(?:continue\s+to|remain|keep)\b|" + PLEDGE, re.IGNORECASE)
PLEDGE_BEFORE = re.compile(PLEDGE, re.IGNORECASE)  # the pledge itself is no condition
FOR_AS_LONG = re.compile(r"\b(?:for\s+)?as\s+long\s+as\s+(?:it\s+takes|(?:is\s+)?(?:necessary|needed|required))\b", re.IGNORECASE)
WILL = re.compile(r"\bwill(?:\s+always)?\b", re.IGNORECASE)
CONDITION = re.compile(r"\b(?:if|unless|provided|warn(?:s|ed)?|threaten(?:s|ed)?|vow(?:s|ed)?)\b", re.IGNORECASE)
# "the visit by the President of Finland to Sweden was postponed": an event named, then called off
EVENT_TRIGGER = re.compile(r"(?:visits?|trips?|tours?|meetings?|talks|summits?|calls?|signing|inking|conclusion)\b", re.IGNORECASE)
CALLED_OFF_AFTER = re.compile(r"[^.;]{0,80}?\b(?:was|were|has been|have been|had been|is|are|will be)\s+(?:\w+ly\s+)?(?:postponed|cancell?ed|called off|delayed|scrapped|put off|shelved|blocked|stalled)\b|[^.;]{0,80}?\b(?:has|have|had)\s+stalled\b"
                              r"|[^.;]{0,80}?\b(?:remains?|is|are)\s+(?:still\s+)?(?:undecided|unscheduled|unconfirmed|yet to be (?:set|decided|scheduled|confirmed|agreed))\b", re.IGNORECASE)  # "a date for a Trump-Putin meeting remains undecided"
# "called off the signing of a deal with X", "cancelled his visit to Y": an event that did not take place
CALLED_OFF_BEFORE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!-)\b(?:called off|cancell?(?:ed|ing)|cancels?|postpone[sd]?|postponing|scrapp(?:ed|ing)|scraps?|shelved|put off|delay(?:ed|ing)|oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?)\s+(?:(?:the|a|an|any|his|her|their|its|planned|scheduled|upcoming|expected|⟦\d+⟧(?:['’]s?)?)\s+)*$", re.IGNORECASE)
# "the 60th anniversary of the normalisation of relations in 1965", "of the Soviet victory over": what is remembered
REMEMBERED = re.compile(r"\banniversary\s+of\b[^,;.]{0,100}$", re.IGNORECASE)
# "he has sought a meeting with Modi": a meeting asked for, not held
SOUGHT_BEFORE = re.compile(r"\b(?:sought|seeks?|seeking|requested|requests?|requesting|asked for|asks for|wants?|wanted|hopes? for|proposed|proposes|(?:called|calls|pushed|pushing) for)\s+(?:(?:a|an|the|another|new|fresh|direct|urgent)\s+){0,2}$", re.IGNORECASE)
# "Trump invited Lee to visit the US": a visit still to come
INVITED_TO = re.compile(r"\binvit(?:e|es|ed|ing)\s+(?:[^\s;.]+\s+){0,5}?to\s+$", re.IGNORECASE)
# "ahead of his first meeting with Trump": a meeting still to come
AHEAD_OF_EVENT = re.compile(r"\bahead of\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:(?:first|next|upcoming|planned|expected|scheduled|⟦\d+⟧(?:['’]s?)?)\s+){0,2}$", re.IGNORECASE)
# "agreed on plans for X to visit Japan": the visit is planned
# "X will discuss Y with Z during his visit to W": a visit the clause puts in the future
DURING_BEFORE = re.compile(r"\b(?:during|in the course of|on the sidelines of)\s+(?:his|her|their|its|the|a|an|⟦\d+⟧['’]s?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
WILL_BEFORE = re.compile(r"\b(?:will|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|scheduled)\s+to)\b(?![^.;“”\"]*\b(?:said|says|added|told)\b[^.;“”\"]*$)", re.IGNORECASE)
COUNTERPART_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+)?counterparts?,?\s+⟦(\d+)⟧")
NEXT_BEFORE = re.compile(r"(?<!\bthe )\bnext\s+$", re.IGNORECASE)
PAST_MOVE = re.compile(r"(?:\w+ed|went|flew|came|drove|rode)\b", re.IGNORECASE)  # "X next traveled to Doha": done
AFTER_DOING = re.compile(r"\b(?:after|following|upon)\s+$", re.IGNORECASE)
PLANNED_FOR = re.compile(r"\b(?:plans?|proposals?|invitations?|calls?)\s+for\s+(?:the\s+)?⟦\d+⟧\s+to\s+$", re.IGNORECASE)
# "any talks with X", "in favour of new sanctions": none yet (not "voted in favour of the resolution condemning X")
ANY_BEFORE = re.compile(r"\bany\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){0,3}$|\bin favou?r of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a denial with its own object, then a second verb: "denies this and accuses …", "dismissed the claims, calling …"
DENIAL_VERB = r"\b(?:denie[sd]|deny(?:ing)?|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)"
DENIAL_THEN = re.compile(DENIAL_VERB + r"\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+(?:and|but)\s+|,\s+$)", re.IGNORECASE)
DENIED = re.compile(DENIAL_VERB + r"\b", re.IGNORECASE)  # a denial before "and" is not shared by the verb after it
HEDGE = re.compile(r"\b(?:reportedly|reported|allegedly|alleged|according to|claims?|claimed|said to|believed to|believes?|suspects?|assess(?:es|ed)|estimated|suspected|purported(?:ly)?|unconfirmed)\b", re.IGNORECASE)
SHARED_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:(?:has|have|had|is|was|were|will|would)\s+)?[“”\"]?(?:\w+ly\s+)?[“”\"]?$", re.IGNORECASE)
PRONOUN_OBJECT = re.compile(r"[“”\"’]?\s*(?:it|them)\b", re.IGNORECASE)
PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)
# "targeted the successor of X": the act was done to someone of X's, not to X.
RELATIONAL = re.compile(r"\b(?:successor|son|daughter|wife|husband|widow|aides?|allies|supporters|relatives?|members?|family|"
                        r"deputy|bodyguards?|followers|associates?|critics|opponents)\s+of\b", re.IGNORECASE)
# what comes between a hostile verb and an actor it does not reach: whom the act protects ("strikes on the camps to
# protect British shipping"), or a backing told after it ("condemned the attack … and affirming Israel's right")
OUT_OF_REACH = re.compile(r"\bto\s+(?:protect|defend|safeguard|shield|secure)\b|\b(?:re)?affirm(?:s|ed|ing)\b|\b(?:expressing|voicing|reiterating)\s+(?:(?:its|their|his|her)\s+)?(?:support|solidarity)\b", re.IGNORECASE)
HOSTILE = {"attacks", "threatens", "sanctions", "occupies", "condemns", "accuses"}
# "push back Moscow's forces", "win back Ukraine": a particle, not backing.
PHRASAL_BACK = re.compile(r"\b(?:push|pushed|pushes|pushing|win|won|wins|winning|bring|brought|come|came|fight|fought|pull|pulled|"
                          r"hold|held|go|went|get|got|give|gave|hit|strike|struck|roll|rolled|scale|scaled|turn|turned|beat|"
                          r"drive|drove|driven|force|forced|send|sent|claw|clawed|take|took|taken)\s+$", re.IGNORECASE)
# "Trump's historic meeting with X": the possessor is the agent of the noun after it.
# ("X's sister warned": a relative acts for herself)
POSSESSOR = re.compile(r"⟦(\d+)⟧['’]s?\s+(?:(?!(?:and|or|but|that|which|who|has|have|had|is|was|were|in|on|at|for|with|by|from|to|during|after|sister|brother|wife|husband|son|daughter|"
                       r"mother|father|widow|nephew|niece|cousin|relatives?|family)\b)[\w-]+\s+){0,4}?$", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
POSSESSOR_DATED = re.compile(r"⟦(\d+)⟧['’]s?\s+(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+" + _MONTH + r")(?:,?\s+\d{4})?,?\s+(?:[\w-]+\s+){0,2}$")  # "Hamas’ Oct. 7, 2023 attack"
POSSESSOR_ADJECTIVES = re.compile(r"⟦(\d+)⟧['’]s?\s+(?:[a-z][\w-]*,\s+){1,3}(?:[a-z][\w-]*\s+)?(?:and|or)\s+[a-z][\w-]*\s+$")  # "X's unprovoked, premeditated and barbaric attack"
# "During a visit to X, Y said": the fronted phrase's doer is the subject of the clause after it.
# (also after an opening participle: "Speaking to reporters after a meeting with X, Y said"; "Welcoming X …, Y said")
FRONTED = re.compile(r"^\W*(?:[^⟦,;:“”\"]{1,30},\s*)?(?:(?-i:[A-Z])[a-z]+ing\s+(?:[a-z-]+\s+){0,3}?)?(?:(?:earlier|later|also|then)\s+)?(?:during|after|before|on|while|in|at|following|ahead of|upon|when|since)\b[^⟦,;:“”\"]*$"
                     r"|^\W*(?-i:[A-Z])[a-z]+ing$", re.IGNORECASE)
# "In response to the G7 statement, X condemned …": the opening phrase holds no subject
OPENING_PHRASE = re.compile(r"\W*(?:in (?:response|reaction|reply) to|after|following|during|before|ahead of|despite|amid|on|in|at|with)\b[^,;:]{0,120}?"
                            r"(?:⟦\d+⟧(?:,\s*(?:the\s+)?⟦\d+⟧)*,?\s+and\s+(?:the\s+)?⟦\d+⟧)?,\s*", re.IGNORECASE)  # "On a visit to A, B and C, X …"
AFTER_FRONTED = re.compile(r",\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,3}⟦(\d+)⟧")  # "…, President ⟦X⟧ was welcomed"
# "… where I met X": a first person (outside a quote, where it is the speaker's token) acts, not the actor
# named before it
FIRST_PERSON_AGENT = re.compile(r"(?:\b(?-i:I)|\bwe)\s+(?!⟦)(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+[“\"‘']?$", re.IGNORECASE)  # "of the NATO bombing": a noun phrase's modifier
MODIFIER_AGENT = re.compile(r"⟦(\d+)⟧[”\"’']?\s+(?:(?:military|air|naval|drone|missile|artillery|deadly|latest|new|massive|joint|overnight)\s+){0,2}$", re.IGNORECASE)
QUOTED_OUR = re.compile(r"[“\"][^”\"]*\bour\s+(?!⟦)(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)  # "… our resolve to stand with X,” the ministry said
# "the United States, through its support of X": "its" is the state or organisation just named
ITS = re.compile(r"\bits\s+(?:(?!(?:and|or|but|that|which|who)\b)[\w-]+\s+){0,4}?$", re.IGNORECASE)
STANCE_VERB_BEFORE_ITS = re.compile(r"\b(?:reaffirm|reiterat|express|voic|pledg|renew|offer|underlin|stress)\w*\s+$", re.IGNORECASE)  # "… and reaffirmed its support": the clause subject's
# "to pressure the Iranian people": a people is who suffers what is condemned
A_PEOPLE = re.compile(r"\s+(?:people|peoples|civilians|citizens|population|children|women|refugees|nation)\b", re.IGNORECASE)
LATTER = re.compile(r"\bthe latter['’]s?\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
PAST_EVENT_BEFORE = re.compile(r"\b(?:after|since|following|during)\s+$", re.IGNORECASE)
OWNED_NOUN = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}")
THING_RAISED = re.compile(r"\b(?:plan|move|decision|proposal|policy|remarks|comments|actions?|deal|visit|trip|law|bill|order)s?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?$", re.IGNORECASE)
SANCTION_TARGET = re.compile(r"\b(?:sanctions|measures|restrictions|listings|designations|tariffs|bans?|embargo|(?:treasury|economic|financial|punitive|trade)\s+actions?)\s+(?:(?:package|round)\s+)?(?:(?:against|on)\s+(?:the\s+)?⟦\d+⟧,?\s+)?(?:[\w-]+\s+){0,2}?target(?:s|ed|ing)?$", re.IGNORECASE)
# "sanctions on individuals responsible for undermining X": X suffered what is sanctioned
HARMED_BEFORE = re.compile(r"(?:\b(?:undermin|threaten|destabili[sz]|attack|invad)\w*|\b(?:war|aggression|attacks?)\s+(?:on|against)|\binvasion\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSED = re.compile(r"['’]s?\s+(?:(?:newly|elected|incoming|outgoing|prime|minister|pm|president|premier|foreign|defen[cs]e|"
                       r"envoy|ambassador|secretary|chancellor|king|queen|crown|prince)\s+){0,4}⟦(\d+)⟧"
                       r"(?!\s+(?:membership|accession|bid|integration|path|aspirations?|entry|candidacy|seat)\b)", re.IGNORECASE)  # "Ukraine's NATO membership" is Ukraine's
# A trigger that is a noun here: "the outrageous attack", "Russia's strikes" (its agent is the possessor).
NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that|his|her|our|these|those|any)|⟦\d+⟧['’]s?|\b(?:(?:last|this|past)\s+(?:week|month|year|weekend)|yesterday|today|\w+day)['’]s)\s+[“\"]?(?:[\w-]+\s+){0,3}?[“\"]?$", re.IGNORECASE)
HEADLINE_PASSIVE = re.compile(r"targeted|hit|struck|attacked|bombed|shelled|raided", re.IGNORECASE)
OWNED_THING_BEFORE = re.compile(r"⟦\d+⟧['’]s?\s+(?:[\w-]+\s+){1,2}$")
AFTER_HEADLINE_PASSIVE = re.compile(r"\s+(?:in|by|at|near|overnight|early|late|during)\b|\s*[,.;:]|\s*$", re.IGNORECASE)
VERB_LED = re.compile(r"\w+ed\s+(?:a|an|the|its|their)\s", re.IGNORECASE)  # "launched a strike": a verb's phrase, not a bare noun
# "for its attacks on X": the act of the actor "its" points back to (see ITS)
TARGET_AFTER = re.compile(r"\s+(?:on|against)\s|(?:(?<=invasion)|(?<=bombing)|(?<=killing)|(?<=targeting)|(?<=assassination)|(?<=bombardment)|(?<=shelling))\s+of\s")  # "its attacks on X", "its invasion of X"
ITS_OWN = re.compile(r"(?<!\bby )(?<!\bby the )⟦\d+⟧[^⟦.;]{0,80}?\bits\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # (not "condemned by Turkey for its attacks")
# "struck several Houthi targets in Yemen": targets a noun, not a verb
TARGETS_NOUN = re.compile(r"\b(?:several|many|multiple|numerous|dozens\s+of|hundreds\s+of|scores\s+of|\d+|other|key|military|the|its|their)\s+(?:⟦\d+⟧\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
DOER_VERB_BEFORE = re.compile(r"\b(?:launch\w*|carr\w*\s+out|conduct\w*|order\w*|join\w*|authori[sz]\w*|resum\w*|step\w*\s+up|intensif\w*)\s+(?:(?:a|an|the|new|fresh|more|further|its|their|his|her)\s+){0,2}(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
AGENT_NOUN = re.compile(r"(?:attacks?|strikes?|airstrikes?|raids?|invasion|offensive|assault|shelling|bombardment)", re.IGNORECASE)  # not "Houthi targets": those are owned
NOUN_TRIGGER = re.compile(r"(?:attacks?|strikes?|raids?|bombs?|hits?|targets?|targeting|bombing|invasion|offensive|assault|shelling)$", re.IGNORECASE)
OF_AFTER = re.compile(r"\s+of\b")
TROOPS_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{TROOPS}\b", re.IGNORECASE)
BETWEEN_AFTER = re.compile(r"\s+between\s+(?:the\s+)?⟦", re.IGNORECASE)
# "The strikes (also) hit X": a plural act noun before the trigger is its subject, and the trigger a verb
HEAD_BEFORE = re.compile(r"\b(?:strikes|airstrikes|attacks|raids|missiles|rockets|drones|shells|bombs)\s+(?:(?:also|again|reportedly|then|later|further)\s+)?$", re.IGNORECASE)
ACTOR_BEFORE = re.compile(r"⟦\d+⟧\s+$")
# "referring to attacks on X", "amid strikes on X": an attack noun after a preposition names no attacker
BARE_NOUN_AFTER = re.compile(r"\b(?:to|of|about|for|after|following|amid|despite|over|against)\s+[“\"]?$", re.IGNORECASE)
# "a targeted campaign", "other “targeted” diplomats": a participle used as an adjective
ADJECTIVE_PARTICIPLE = re.compile(r"\b(?:a|an|the|other|these|those|its|their|his|her|such|some|several|many|two|three|four|five|six|\d+"
                                  r"|in|on|of|for|with|from|into|across|under|about)\s+[“\"]?$", re.IGNORECASE)  # "partnerships in targeted areas"
# "was attacking Hezbollah targets in Beirut": the targets are Hezbollah's, struck by the verb's subject
STRUCK_OWNER_BEFORE = re.compile(r"\b(?:attack|strik|struck|hit|bomb|target|shell|pound|raid)\w*\s+(?:the\s+)?⟦(\d+)⟧\s+$", re.IGNORECASE)
TARGET_NOUN = re.compile(r"targets?|bases?|positions?|sites?", re.IGNORECASE)  # "Hezbollah targets across Lebanon" (but "Israeli strikes across Sanaa")
PLACE_AFTER = re.compile(r"\s+(?:across|inside|throughout|near|around)\b", re.IGNORECASE)
# "called on the EU to impose sanctions": what someone is asked to do has not happened.
CALL_ON = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urge[sd]?|urging|ask(?:s|ed)?|press(?:es|ed)?|invit(?:e|es|ed|ing)|demand(?:s|ed)?\s+that)\s+(?:the\s+)?(?:⟦\d+⟧|\w+)\s+"
                     r"(?:to\s+[^.;:“”\"⟦]{0,60}?(?:⟦\d+⟧[^.;:“”\"⟦]{0,30}?)?\s+and\s+|to\s+)?[“”\"]?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)  # "urged X to pull out of Y and begin talks with Z"
# "warned NATO against sending troops", "stopped X from attacking": it has not happened.
AGAINST_DOING = re.compile(r"\b(?:against|from)\s+$", re.IGNORECASE)
VICTIM = re.compile(r"\b(?:committed|perpetrated|directed|carried out|inflicted)\s+(?:against|on|upon)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,5}$"
                    # "condemned the attacks on X", "opposes sanctions against X": X suffers what is condemned
                    r"|\b(?:attacks?|strikes?|sanctions|aggression|assaults?|bombing|bombardment|shelling|violence|invasion|occupation|targeting|killing|assassination|murder|intrusion|incursion|raid|storming|"
                    r"restrictions|pressure|blockade|embargo|threats?)\s+(?:on|against|upon|of|in|into|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:of\s+the\s+)?$"
                    # "denounced the arrest of several people, including X": X suffered it
                    r"|\b(?:arrests?|detentions?|abductions?|kidnappings?|killings?|murders?|assassinations?|imprisonment|jailing|persecution|harassment)\s+of\s+(?:(?!by\b|in\b)[\w-]+,?\s+){0,6}$", re.IGNORECASE)
OVER_AFTER = re.compile(r"\s+over\s+(?!" + OVER_TIME_OR_PLACE + ")", re.IGNORECASE)
PENALTY_WITH = re.compile(r"\s+with\s+(?:(?:new|fresh|more|further|additional|sweeping|tough|steep|heavy|retaliatory)\s+)*(?:sanctions|tariffs|penalties|restrictions|export\s+controls|duties|levies)\b", re.IGNORECASE)
VICTIM_BEFORE = re.compile(r"⟦(\d+)⟧\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)?(?:reportedly\s+)?(?:killed|wounded|injured|hurt|died|dies|slain)\s+(?:in|by|during)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
PARTICIPLE = re.compile(r"(?:ed|struck|hit|shot down|down)$", re.IGNORECASE)
# ("while welcoming …", "while on a visit to …" are phrases of the main clause's subject, no clauses of their own)
# "X will remain “the strongest supporter of Y”": a quote inside the clause, not a clause of its own
PARTIAL_QUOTE_BEFORE = re.compile(r"\b(?:remains?|remained|be|is|was|are|were|becomes?|became|called|calling|as)\s*$", re.IGNORECASE)
SUBCLAUSE_BREAK = re.compile(r"[;:“”\"]|\b(?:but|while(?!\s+(?:\w+ly\s+)?(?:\w+ing\b|on\s+(?:an?|his|her|their)\b))|whereas|that|said|says|which|who|after|before|as(?!\s+(?:a|an)\s+(?:(?!⟦)[\w-]+\s+){0,3}?(?:partner|ally|member|friend|mediator|guarantor|observer|priority|threat|result|sign|token|gesture|part|hub|model|leader)\b)|because|when|since(?=\s+(?:the\s+)?⟦\d+⟧\s)|claim(?:s|ed)(?=\s+(?:that\s+)?[‘'“\x22]?(?:an?\s+|the\s+)?⟦))\b"
                             r"|,\s+and(?=\s+(?:the\s+)?⟦)", re.IGNORECASE)
# "X spoke after a three-hour meeting with Y": a phrase, not a clause of its own; the meeting is X's
BEFORE_OR_AFTER = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
EVENT_NOUN = re.compile(r"(?:meetings?|talks|(?:phone\s+|telephone\s+)?calls?|conversations?|visits?|trips?|summits?)\b", re.IGNORECASE)
# "… that the international community stands with X": a noun phrase of its own is the subject,
# unless it is the speaker's own ("the government", "the ministry", "its forces").
OWN_SUBJECT = re.compile(r"\s*(?:the|a|an)\s+(?!(?:government|ministry|army|military|country|state|authorities|leadership|"
                         r"president|officials|forces|troops|regime|administration|kremlin)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*$")
# "… said that upon arrival the officers were …": a reported clause with a subject of its own that is no actor
OWN_SUBJECT_CLAUSE = re.compile(r"\bthat\s+(?:(?:upon|on|after|once|following|before)\b[^,;⟦]{0,80},?\s+)?(?:the|a|an)\s+(?!(?:government|ministry|army|military|country|"
                                r"state|authorities|leadership|president|officials|forces|troops|regime|administration|kremlin|two|three|both)\b)"
                                r"[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|\d+)){0,4}\s+(?:were|was|is|are|had|has|have|will|would|[a-z]+ed)\b")
# "gunmen in X", "residents of X": people of a place, who do not act for it
PEOPLE_IN = re.compile(r"\b(?:assailants|gunmen|attackers|militants|rebels|insurgents|protesters|demonstrators|residents|civilians|people|"
                       r"villagers|refugees|migrants|hackers|criminals|gangs|jihadists|extremists|terrorists|separatists|voters|activists)"
                       r"\s+(?:in|from|of|near|across)\s+(?:the\s+)?$", re.IGNORECASE)
# "accused X of supporting …", "blames X for attacking …": X does what the gerund says.
ACCUSED_OF = re.compile(r"\b(?:accus|blam|charg|condemn|criticis|criticiz|denounc)\w*\s+(?:the\s+)?⟦(\d+)⟧\s+(?:(?:on\s+)?\w+day\s+|yesterday\s+)?"
                        r"(?:of|for|over)\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)  # "accused Ukraine on Sunday of attacking", "condemned China over support for"
ACCUSED_ACT = re.compile(r"\w+ing\b|(?:support|backing|aid|attacks?|strikes?|interference|involvement)\b", re.IGNORECASE)
WITH_DOER = re.compile(r",\s+with\s+(?:the\s+)?(?:⟦(\d+)⟧|(?-i:[A-Z][\w-]+))\s+(?:\w+ly\s+)?$", re.IGNORECASE)
GERUND = re.compile(r"\w+ing\b", re.IGNORECASE)
# "… over Chinese submarines and research vessels visiting X": a participle after a plural noun is the noun's act
NOUN_BEFORE_GERUND = re.compile(r"(?<![,;:])\s(?!(?:is|was|has|its|this|thus|as|us|his|hers|ours|theirs|yours)\b)[a-z]{3,}s\s+$")
WEAPON_BEFORE = re.compile(WEAPONS + r"\s+$", re.IGNORECASE)
NOUN_OWNER = re.compile(r"⟦(\d+)⟧\s+(?:[a-z][\w-]*\s+){1,5}$")
AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|of|for|with|against|on|by|about|over|into|across|between|among|like|than|"
                               r"outside|inside|beyond|within|throughout|around|along|towards?|off|under)\s+(?:the\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


@dataclass
class Relation:
    """One predicate found in a sentence, between actor mentions (indexes into the sentence's mentions)."""

    predicate: str
    subjects: list[int]
    objects: list[int]
    trigger: tuple[int, int]  # span in the masked sentence
    hedged: bool = False
    # set by sentence frames: "pair" (the two), "led" (held by), "group" (the entry's group: "the meeting was joined by"),
    # "joint" (each with each), "attacker" (the last attacker), "retaliation" (whoever struck the subject), "answer" (dated on the act answered)
    flags: set = field(default_factory=set)


def mask(sentence: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Replace mention spans by tokens (a span given n times by n tokens listed "⟦0⟧, ⟦1⟧ and ⟦2⟧");
    return the masked text and a map from masked offsets to original offsets (for marking evidence)."""
    out, offsets, pos = [], [], 0
    for i, (start, end) in enumerate(spans):
        if i and spans[i - 1] == (start, end):  # several actors on one span ("the two leaders"): a list
            between = " and " if i + 1 == len(spans) or spans[i + 1] != (start, end) else ", "
            offsets.extend([start] * len(between))
        else:
            between = sentence[pos:start]
            offsets.extend(range(pos, start))
        out.append(between)
        token = f"⟦{i}⟧"
        out.append(token)
        offsets.extend([start] * len(token))
        pos = end
    out.append(sentence[pos:])
    offsets.extend(range(pos, len(sentence) + 1))
    return "".join(out), offsets


def coordinated(masked: str, index: int) -> list[int]:
    """The actor token at ``index`` with the tokens coordinated with it (", ", " and ")."""
    tokens = []
    for m in TOKEN.finditer(masked):
        if tokens and int(m.group(1)) != index and OF_LINK.fullmatch(masked, tokens[-1][2], m.start()):
            tokens[-1] = (tokens[-1][0], tokens[-1][1], m.end())  # "X of France, Y of Fiji and Z": where each is from
        else:
            tokens.append((int(m.group(1)), m.start(), m.end()))
    pos = next(k for k, t in enumerate(tokens) if t[0] == index)
    first = last = pos
    while first > 0 and COORDINATION.match(masked[tokens[first - 1][2] : tokens[first][1]]):
        first -= 1
    while last + 1 < len(tokens) and COORDINATION.match(masked[tokens[last][2] : tokens[last + 1][1]]):
        last += 1
    start, joined = first, False
    for k in range(first, last):  # "A, B and C, D said …": the list closed at C, D opens the clause
        if CONJUNCTION.search(masked, tokens[k][2], tokens[k + 1][1]):
            joined = True
        elif joined:
            if pos <= k:
                last = k
                break
            start, joined = k + 1, False
    first = start
    if first < last and OPENING_PHRASE_END.match(masked, 0, tokens[first][1]) and not CONJUNCTION.search(masked, tokens[first][2], tokens[first + 1][1]) \
            and not LIST_THEN_COMMA.match(masked, tokens[last][2]):  # "On a visit to A, B and C, X said": the phrase is the list
        if pos == first:
            return [index]
        first += 1  # "After their meeting in Beijing, Xi and Lula signed …": the place ends the opening phrase
    links = [masked[tokens[k][2] : tokens[k + 1][1]] for k in range(first, last)]
    closed = AND_OTHERS.match(masked, tokens[last][2]) or (
        AND_ALLIES.match(masked, tokens[last][2]) and not OPENING_ITEM.match(masked, 0, tokens[first][1]))
    if links and not any(CONJUNCTION.search(link) for link in links) and not closed:
        return [index]  # "According to Seoul, North Korea …": a comma alone lists nothing
    return [t[0] for t in tokens[first : last + 1]]


def _clause_start(masked: str, pos: int) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(masked, 0, pos)]
    return breaks[-1] if breaks else 0


# A trigger right after "that"/"which"/"who" has no subject of its own: the relative word's
# antecedent is its subject (the actor of "X, which attacked Y" or "an Israeli airstrike that hit Y";
# no one named in "the airstrike that killed X"), or the
# participle is an adjective ("said that ousted President X").
RELATIVE_TRIGGER = re.compile(r"\b(?:that|which|who)\s+(?:(?:has|have|had|also|then|later|reportedly|recently|allegedly)\s+){0,2}"
                              r"(?:(?:claimed|launched|carried out|conducted|staged)\s+(?:(?:the|a|an|several|many|repeated|dozens of)\s+)?)?$", re.IGNORECASE)
COMMA_WHO = re.compile(r",\s+who\b")
AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)  # "groups backed by X that …": X is no antecedent
# "Hezbollah, which has been an ally of X, also pledged …": the clause closed, the verb is the antecedent's
CLOSED_RELATIVE = re.compile(r"⟦(\d+)⟧(?:\s+(?:group|movement|militia|rebels|militants|government|forces|army|military))?,\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,8}?)?(?:which|who)\b[^;:“”\"]{3,200}?,\s*(?:(?:also|then|later|has|have|had|been|reportedly|again|now|[a-z]+ly)\s+){0,3}$", re.IGNORECASE)
ANTECEDENT = re.compile(r"⟦(\d+)⟧(?:['’]s?)?(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){0,6}[\w-]+(?=\s*$))?(?:\s+(?!(?:said|says|stated|told|added|and|or|but|on|in|at|of)\b)[\w-]+){0,2}\s*,?\s*$", re.IGNORECASE)


PRONOUN_CLAUSE = re.compile(r"\s*(?:it|they)\s", re.IGNORECASE)
SPEAKER_BEFORE = re.compile(r"⟦(\d+)⟧(?:['’]s?)?\s+(?:(?!⟦)[\w-]+\s+){0,3}?(?:announc\w*|said|says|saying|claim\w*|confirm\w*|report\w*|stat(?:ed|es|ing)|declar\w*|insist\w*)(?:\s+that)?\s*$", re.IGNORECASE)
# "… after Russia procured missiles from X and used them": the subordinate clause's subject does both
ACTOR_NEXT = re.compile(r"\s+(?:the\s+)?⟦(\d+)⟧")
SUBORDINATORS = {"after", "because", "when", "since"}
OTHERS_OF = re.compile(r"['’]s?\s+(?:(?:international|western|european|foreign|regional|main|key|closest|many|other|neighbouring|neighboring)\s+){0,2}"
                       r"(?:partners|allies|neighbou?rs|friends|backers|supporters|critics|opponents|enemies|adversaries|rivals|foes)\b(?!\s*,?\s+(?:including\s+)?⟦)", re.IGNORECASE)
ALLY_AFTER = re.compile(r"['’]s?\s+(?:(?:close|closest|key|main|staunch|longtime|long-time|regional|armed)\s+)?(?:ally|allies|proxy|proxies)\s*,?\s+⟦(\d+)⟧")


def clause_subject(masked: str, pos: int, usable) -> int | None:
    """The subject for a trigger at ``pos``: the first actor of its clause that does not
    follow a preposition ("in Seoul", "with Kyiv"); else the nearest actor before it in the
    sentence (in "X said its forces had …", the speaker); after "accused X of", X."""
    accused = ACCUSED_OF.search(masked, max(0, pos - 90), pos)
    if accused and ACCUSED_ACT.match(masked, pos) and usable(int(accused.group(1))):
        return int(accused.group(1))
    absolute = WITH_DOER.search(masked, max(0, pos - 40), pos) if GERUND.match(masked, pos) else None
    if absolute:  # "…, with Gbagbo reportedly congratulating the president": Gbagbo, whoever else the clause names
        return int(absolute.group(1)) if absolute.group(1) and usable(int(absolute.group(1))) else None
    closed = CLOSED_RELATIVE.search(masked, max(0, pos - 260), pos)
    if closed and usable(int(closed.group(1))) and not AFTER_PREPOSITION.search(masked, max(0, closed.start() - 12), closed.start()):
        return int(closed.group(1))
    relative = RELATIVE_TRIGGER.search(masked, max(0, pos - 40), pos)
    antecedent = ANTECEDENT.search(masked, 0, relative.start()) if relative else None
    # "Iran's attack on Israel that hit …": an antecedent after a preposition is not the agent; the search below is
    apposed = bool(antecedent and COMMA_WHO.match(masked, antecedent.end(1) + 1))  # "attended by X, who met Y": X met Y
    if relative and antecedent and not apposed and AGENT_BY.search(masked, max(0, antecedent.start() - 8), antecedent.start()):
        return None  # "militant groups backed by Iran that have claimed attacks": the groups did, not Iran
    if relative and not (antecedent and not apposed and AFTER_PREPOSITION.search(masked, max(0, antecedent.start() - 12), antecedent.start())):
        return int(antecedent.group(1)) if antecedent and usable(int(antecedent.group(1))) else None
    found_breaks = [m for m in SUBCLAUSE_BREAK.finditer(masked, 0, pos)
                    if not (m.group() in "“”\"" and PARTIAL_QUOTE_BEFORE.search(masked, max(0, m.start() - 20), m.start()))]
    breaks = [m.end() for m in found_breaks]
    start = breaks[-1] if breaks else 0
    shared = SHARED_SUBJECT.search(masked, 0, pos)
    subordinate = bool(found_breaks) and found_breaks[-1].group().lower() in SUBORDINATORS
    clause_actor = ACTOR_NEXT.match(masked, start) if subordinate else None  # "after Russia procured …", not "after talks with X"
    if shared and not (clause_actor and clause_actor.end() <= shared.start() and usable(int(clause_actor.group(1)))):
        start = _clause_start(masked, shared.start())  # "X has emerged as … and has coordinated …", "X admits … but blames …": X's verb
    opening = OPENING_PHRASE.match(masked, start) or OPENING_PHRASE.match(masked)
    if opening and start < opening.end() <= pos:
        start = opening.end()  # "Before the envoy's return was announced, X declared …": X
    speaker = SPEAKER_BEFORE.search(masked, max(0, start - 90), start) if PRONOUN_CLAUSE.match(masked, start) else None
    if speaker and usable(int(speaker.group(1))) and not any(usable(int(t.group(1))) for t in TOKEN.finditer(masked, start, pos)):
        return int(speaker.group(1))  # "with the Israeli military announcing that it had launched a strike": Israel
    for m in TOKEN.finditer(masked, start, pos):
        i = int(m.group(1))
        if usable(i) and not AFTER_PREPOSITION.search(masked, max(0, m.start() - 12), m.start()):
            ally = ALLY_AFTER.match(masked, m.end())  # "Iran's ally Hezbollah fired …": the ally acts
            if ally is None and OTHERS_OF.match(masked, m.end()):
                return None  # "Ukraine's international partners have denounced …": not Ukraine
            return int(ally.group(1)) if ally and ally.end() <= pos and usable(int(ally.group(1))) else i
    if breaks and OWN_SUBJECT.fullmatch(masked, start, pos) and not (
            BEFORE_OR_AFTER.search(masked, 0, start) and EVENT_NOUN.match(masked, pos)):
        return None  # "… that the international community stands with X": a subject that is no actor
    found = [(int(m.group(1)), bool(AFTER_PREPOSITION.search(masked, max(0, m.start() - 12), m.start())))
             for m in TOKEN.finditer(masked, _clause_start(masked, pos), pos) if usable(int(m.group(1)))]
    if found and OWN_SUBJECT_CLAUSE.search(masked, masked.find(f"⟦{found[-1][0]}⟧"), pos + 20):
        return None  # "X disclosed that the officers were welcomed before embarking on …": not X
    free = [i for i, after_preposition in found if not after_preposition]  # "X said … the support of Y, during a visit": X
    if free:
        return free[-1]
    # "officials in Kyiv" speak for Kyiv; "gunmen in X" or "residents of X" do not act for X
    found = [i for i, _ in found if not PEOPLE_IN.search(masked, 0, masked.find(f"⟦{i}⟧"))]
    return found[-1] if found else None


def _subject(masked: str, groups: dict, t_start: int, usable, trigger: str = "") -> int | None:
    """The subject of a trigger: the pattern's own {S}; else the modifier of an attack noun or of a
    noun after an article ("Russian attacks", "the NATO bombing"); else the possessor of the noun
    ("Trump's meeting with X"); else what "the latter" points back to; else the clause's."""
    if groups.get("S"):
        s = int(groups["S"][1:-1])
        return None if OTHERS_OF.match(masked, masked.find("⟧", masked.find(f"⟦{s}⟧")) + 1) else s  # "Kyiv's partners condemn …"
    modifier = MODIFIER_AGENT.search(masked, max(0, t_start - 40), t_start)
    if modifier and AGENT_NOUN.fullmatch(trigger) and usable(int(modifier.group(1))) \
            and not DOER_VERB_BEFORE.search(masked, max(0, modifier.start() - 40), modifier.start()):
        return int(modifier.group(1))  # "Germany condemned Russian attacks on Ukraine" (not "the US launched fresh Yemen strikes")
    if FIRST_PERSON_AGENT.search(masked, max(0, t_start - 40), t_start) or QUOTED_OUR.search(masked, 0, t_start):
        return None  # "… where I met X", "our resolve to stand with X": the writer, not an actor named before
    if modifier and usable(int(modifier.group(1))) and ARTICLE_BEFORE.search(masked, max(0, modifier.start() - 6), modifier.start()):
        return int(modifier.group(1))  # "the NATO bombing of X", "a US military strike on X"
    owner = POSSESSOR.search(masked, max(0, t_start - 60), t_start) or POSSESSOR_ADJECTIVES.search(masked, max(0, t_start - 80), t_start) \
        or POSSESSOR_DATED.search(masked, max(0, t_start - 60), t_start)
    if owner and usable(int(owner.group(1))):
        return None if OTHERS_OF.match(masked, owner.end(1) + 1) else int(owner.group(1))
    its = ITS.search(masked, max(0, t_start - 60), t_start)
    its = None if its and STANCE_VERB_BEFORE_ITS.search(masked, max(0, its.start() - 30), its.start()) else its
    named = [int(m.group(1)) for m in TOKEN.finditer(masked, 0, its.start()) if usable(int(m.group(1)))] if its else []
    if named:
        return named[-1]  # "X, through its ongoing support of Y": X
    latter = LATTER.search(masked, max(0, t_start - 60), t_start)
    before = [int(m.group(1)) for m in TOKEN.finditer(masked, 0, latter.start()) if usable(int(m.group(1)))] if latter else []
    if before:
        return before[-1]  # "… on Belarus to restrict the latter's support": Belarus
    return clause_subject(masked, t_start, usable)


def fronted_subject(masked: str, t_end: int, end: int, objects: list[int], usable) -> int | None:
    """The subject of a trigger in a phrase that opens the sentence: "During a visit to X, Y said …",
    "On Tuesday, during a meeting with X, Y announced …" (Y)."""
    if not FRONTED.match(masked, 0, t_end):
        return None
    stop = masked.find(";", end)
    for after in AFTER_FRONTED.finditer(masked, end, stop if stop >= 0 else len(masked)):  # past the list it visits: "a visit to A, B and C, X said"
        if int(after.group(1)) not in objects:
            return int(after.group(1)) if usable(int(after.group(1))) else None
    return None


QUOTE_CLOSE = re.compile(r"”|[,.!?]\"")
# a quote opened before a position and not closed there
QUOTE_OPEN_BEFORE = re.compile(r"“[^”]*$")
SAID_OF = re.compile(r"\b(?:said|says|added)\s+of\b")  # "“… condemns these actions,” she said of China's drills"


def first_right(masked: str, pos: int, usable, reach: int = 90) -> int | None:
    stop = CLAUSE_BREAK.search(masked, pos)
    closed = QUOTE_CLOSE.search(masked, pos)  # "“… attack against a sovereign state,” X said": not X
    end = min(stop.start() if stop else len(masked), closed.start() if closed else len(masked), pos + reach)
    for m in TOKEN.finditer(masked, pos, end):
        if usable(int(m.group(1))):
            return possessed(masked, int(m.group(1)), usable)
    return None


def possessed(masked: str, i: int, usable) -> int:
    """The head of "⟦i⟧'s ⟦j⟧" ("Yemen's Houthis" is the Houthis), else i."""
    head = POSSESSED.match(masked, masked.find(f"⟦{i}⟧") + len(f"⟦{i}⟧"))
    return int(head.group(1)) if head and usable(int(head.group(1))) else i


# "Kyiv rejected the claims that Russia attacked X": what a rejected claim says is denied
REJECTED = r"\b(?:reject|dismiss|refut|den(?:y|ie))\w*\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:[\w-]+\s+)?"
REJECTED_CLAIM = re.compile(REJECTED + r"(?:claims?|accusations?|allegations?|reports?|suggestions?)\s+that\s+[^.;:“”\"]*$", re.IGNORECASE)
REJECTED_NOUN = re.compile(REJECTED + r"$", re.IGNORECASE)
CLAIM_NOUN = re.compile(r"(?:claims?|accusations?|allegations?|charges?)\b", re.IGNORECASE)


AND_JUST_BEFORE = re.compile(r"\band\s+(?:[\w-]+\s+){0,2}$")


def modality(masked: str, trigger_start: int, subject_end: int, lasting: bool = False) -> str:
    """fact, negated or hypothetical, from the words just before the trigger. With ``lasting``
    (a stance such as backing), "will remain"/"will continue to" keeps what already holds."""
    start = max(subject_end, trigger_start - 35, _clause_start(masked, trigger_start))
    closed = CLOSED_RELATIVE.search(masked, max(0, trigger_start - 260), trigger_start)
    start = max(start, closed.end()) if closed else start  # "X, who hasn't visited Y, met Z": not X's meeting that is denied
    ends = [m.end() for m in RELATIVE_END.finditer(masked, start) if m.end() <= trigger_start]
    window = masked[ends[-1] if ends else start : trigger_start]  # "X, which refused to …, was condemned": not X's refusal
    shared = masked[max(subject_end, _clause_start(masked, trigger_start), ends[-1] if ends else 0) : trigger_start] \
        if AND_JUST_BEFORE.search(masked, max(0, trigger_start - 30), trigger_start) else ""
    if shared and not DENIED.search(shared):
        window = shared  # "X will provide £4.5bn and impose sanctions": the second verb shares the first's "will" (not "X denied … and blamed Y")
    denial = DENIAL_THEN.search(window)
    if denial:
        window = window[denial.end():]  # "X denies this and accuses Y": the second verb is asserted
    rejected = REJECTED_CLAIM.search(masked, max(0, trigger_start - 120), trigger_start) or (
        CLAIM_NOUN.match(masked, trigger_start) and REJECTED_NOUN.search(masked, max(0, trigger_start - 40), trigger_start))
    if NEGATION.search(window) or rejected or (REVERSIBLE.match(masked, trigger_start) and REVERSAL.search(masked, max(0, trigger_start - 45), trigger_start)):
        return "negated"
    pledge = PLEDGE_BEFORE.search(masked, 0, trigger_start) if lasting else None
    if lasting and not CONDITION.search(masked[:pledge.start()] + masked[trigger_start:] if pledge else masked):
        window = LASTING.sub(" ", window)  # "Germany will remain the strongest supporter of Ukraine", "X vowed to support Y"
        if FOR_AS_LONG.search(masked, trigger_start):
            window = WILL.sub(" ", window)  # "the UK will stand with Ukraine for as long as it takes": a stance held now
    if AFTER_DOING.search(masked, max(0, trigger_start - 12), trigger_start) and GERUND.match(masked, trigger_start):
        window = ""  # "it will deliver tanks after reaching an agreement with X": the agreement came first
    if NEXT_BEFORE.search(masked, max(0, trigger_start - 12), trigger_start) and not PAST_MOVE.match(masked, trigger_start):
        return "hypothetical"  # "He next heads to Indonesia": the next stop is still to come
    if DURING_BEFORE.search(masked, max(0, trigger_start - 40), trigger_start) and WILL_BEFORE.search(masked, _clause_start(masked, trigger_start), trigger_start):
        return "hypothetical"
    if HYPOTHETICAL.search(window) or PLANNED_FOR.search(masked, max(0, trigger_start - 40), trigger_start) or AHEAD_OF_EVENT.search(masked, max(0, trigger_start - 50), trigger_start) or (THREAT_BEFORE.search(masked, max(0, trigger_start - 60), trigger_start) and FORCE_NOUN.match(masked, trigger_start)) or ANY_BEFORE.search(masked, max(0, trigger_start - 40), trigger_start) or CALL_ON.search(masked, max(0, trigger_start - 80), trigger_start) or INVITED_TO.search(masked, max(0, trigger_start - 60), trigger_start) or (EVENT_TRIGGER.match(masked, trigger_start) and SOUGHT_BEFORE.search(masked, max(0, trigger_start - 40), trigger_start)) or (
            AGAINST_DOING.search(masked, max(0, trigger_start - 15), trigger_start) and GERUND.match(masked, trigger_start)):
        return "hypothetical"
    return "fact"


# "At a press conference alongside the Ukrainian president, Sunak said …": the comma closes an opening phrase, and
# the name after it is the clause's subject, not the title's holder (that takes a closing comma: "with the French
# president, Emmanuel Macron, Zelensky …")
OPENING_PHRASE_BEFORE_TITLE = re.compile(r"\b(?i:alongside|with|beside|to|by|from|for|after|before|against|than|like|unlike)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$")
NAME_CLOSED = re.compile(r"\s*[,.;:)]")


def find_relations(masked: str, can_be_subject, can_be_object, can_be_target=None) -> list[tuple[Relation, str]]:
    """Relations in a masked sentence, each with its modality (fact, negated, hypothetical).

    ``can_be_subject(i)`` / ``can_be_object(i)`` say whether mention i may fill that slot
    (a "US-made" weapon is no one's target); ``can_be_target(i)``, if given, says it for the
    object of ``attacks`` (what is "Houthi-held" is the Houthis' to lose).
    """
    found, seen = [], set()
    tokens = masked.count("⟦")
    possible = TRIGGER_WORDS.possible(masked)
    for k in sorted(possible):  # most patterns need words the sentence lacks
        predicate, pattern, needs = COMPILED[k]
        if tokens < needs:
            continue  # a pattern that names a subject and an object needs two actors
        can_be_object_here = can_be_target if predicate == "attacks" and can_be_target else can_be_object
        pos = 0
        while (m := pattern.search(masked, pos)) is not None:
            pos = max(m.end(), m.start() + 1)
            t_start, t_end = m.span("T")
            groups = m.groupdict()
            noun = NOUN_TRIGGER.search(m.group("T")) and not (m.group("T").lower() in ("targeting", "bombing") and not OF_AFTER.match(masked, t_end))  # "the targeting of X", not "a strike targeting X"
            if m.group("T").lower() == "back" and PHRASAL_BACK.search(masked, max(0, t_start - 12), t_start):
                continue
            if masked[max(0, t_start - 4):t_start].lower() in ("non-", "anti"):
                continue  # "emphasizing non-support for Taiwanese independence"
            if predicate == "defeats" and REMEMBERED.search(masked, max(0, t_start - 60), t_start):
                continue  # "the 80th anniversary of the Soviet victory over Nazi Germany"
            if not groups.get("S") and noun and not VERB_LED.match(m.group("T")) and not HEAD_BEFORE.search(masked, max(0, t_start - 40), t_start) and (
                    (NOUN_BEFORE.search(masked, max(0, t_start - 60), t_start) and not (ITS_OWN.search(masked, max(0, t_start - 120), t_start) and TARGET_AFTER.match(masked, t_end))) or (
                    TARGETS_NOUN.search(masked, max(0, t_start - 40), t_start) and m.group("T").lower() == "targets") or (
                    ACTOR_BEFORE.search(masked, max(0, t_start - 12), t_start) and PLACE_AFTER.match(masked, t_end) and TARGET_NOUN.fullmatch(m.group("T")))):
                pos = t_end  # a noun with no agent in the pattern: "the attack on X", "X targets across Y" say nothing of who
                continue     # attacked; a verb after it may: "launched a strike targeting X"
            if not groups.get("S") and noun and BETWEEN_AFTER.match(masked, t_end):
                continue  # "tit-for-tat strikes between X and Y": the two strike each other, not the clause's subject
            if not groups.get("S") and (
                    (noun and BARE_NOUN_AFTER.search(masked, max(0, t_start - 14), t_start))
                    or (m.group("T").lower().endswith("ed") and ADJECTIVE_PARTICIPLE.search(masked, max(0, t_start - 10), t_start))):
                pos = t_end
                continue
            if not groups.get("S") and (PASSIVE_BY.match(masked, t_end) or (
                    predicate in HAS_PASSIVE and PASSIVE_AUX.search(masked, 0, t_start) and PARTICIPLE.search(m.group("T")))):
                continue  # "was condemned by X", "was targeted in X strikes": the passive patterns read those
            if not groups.get("S") and HEADLINE_PASSIVE.fullmatch(m.group("T")) and OWNED_THING_BEFORE.search(masked, max(0, t_start - 50), t_start) \
                    and AFTER_HEADLINE_PASSIVE.match(masked, t_end):
                continue  # "Ismail Haniyeh's residence targeted in Tehran": the owner's thing was struck
            if predicate == "concerned_about" and THING_RAISED.search(masked, max(0, t_start - 40), t_start):
                continue  # "X's plan has raised concerns about …": others are concerned, not X
            if predicate == "attacks" and SANCTION_TARGET.search(masked, max(0, t_start - 40), t_end):
                continue  # "measures targeting key sectors": a sanction, not a strike
            if predicate == "leads" and groups.get("S") and m.start("S") > t_end and not NAME_CLOSED.match(masked, m.end("S")) \
                    and OPENING_PHRASE_BEFORE_TITLE.search(masked, max(0, m.start() - 50), m.start()):
                continue  # "alongside the Ukrainian president, Sunak said": not Sunak's title
            s = _subject(masked, groups, t_start, can_be_subject, m.group("T"))
            if not groups.get("S") and GERUND.match(masked, t_start) and NOUN_BEFORE_GERUND.search(masked, max(0, t_start - 30), t_start) \
                    and not WEAPON_BEFORE.search(masked, max(0, t_start - 30), t_start):  # "Russia used Iranian drones attacking Kyiv": Russia
                owner = NOUN_OWNER.search(masked, max(0, t_start - 60), t_start)  # "Chinese submarines visiting X": the submarines' owner
                if owner is None or not can_be_subject(int(owner.group(1))):
                    continue
                s = int(owner.group(1))
            victim = VICTIM_BEFORE.search(masked, max(0, t_start - 80), t_start) if not groups.get("S") and noun else None
            if victim and s == int(victim.group(1)):
                continue  # "Haniyeh (was) killed in an attack on his residence": the one killed did not attack
            owner = STRUCK_OWNER_BEFORE.search(masked, max(0, t_start - 40), t_start) if noun else None
            if owner and s == int(owner.group(1)):
                continue  # "it was attacking Hezbollah targets in Beirut": the targets' owner is struck, not striking
            earlier = [r for r, _ in found if r.trigger[1] <= t_start]
            if PRONOUN_OBJECT.match(masked, t_end) and earlier:
                objects = earlier[-1].objects  # "expressed concern about X and condemned it"
                if GERUND.match(masked, t_start) and earlier[-1].subjects:
                    s = earlier[-1].subjects[0]  # "…, accusing them of …": the same doer
            elif groups.get("O") and can_be_object_here(int(groups["O"][1:-1])):
                o = int(groups["O"][1:-1])  # "arrived at Beijing's Great Hall": the visit is to Beijing
                counterpart = COUNTERPART_AFTER.match(masked, m.end("O"))
                o = int(counterpart.group(1)) if counterpart and can_be_object_here(int(counterpart.group(1))) else o  # "met his counterpart X"
                objects = coordinated(masked, o if predicate == "visits" else possessed(masked, o, can_be_object_here))
            else:
                o = first_right(masked, m.end("O") if groups.get("O") else t_end, can_be_object_here)
                if o is None:
                    continue
                objects = coordinated(masked, o)
            first_object = masked.find(f"⟦{objects[0]}⟧")
            if predicate == "attacks" and m.group("T").lower() in ("hit", "hits") and (OVER_AFTER.match(masked, masked.find("⟧", first_object) + 1)
                                                                          or PENALTY_WITH.match(masked, masked.find("⟧", first_object) + 1)):
                continue  # "US hits China over ship ramming", "hit Russia with new sanctions": words or penalties, not blows
            if first_object > t_end and "”" in masked[t_end:first_object] and QUOTE_OPEN_BEFORE.search(masked, 0, t_start) \
                    and not SAID_OF.search(masked, t_end, first_object):
                continue  # "“… Taiwan expresses its strong condemnation,” spokeswoman X said": not the speaker
            if first_object > t_end and (RELATIONAL.search(masked, t_end, first_object)
                                         or predicate in HOSTILE and OUT_OF_REACH.search(masked, t_end, first_object)):
                continue
            if predicate == "condemns" and first_object > t_end and (VICTIM.search(masked, t_end, first_object)
                                                                     or A_PEOPLE.match(masked, masked.find("⟧", first_object) + 1)):
                continue  # "condemned the violence committed against X": X suffered it
            if predicate == "sanctions" and first_object > t_end and HARMED_BEFORE.search(masked, t_end, first_object):
                continue
            if s is None:
                s = fronted_subject(masked, t_end, m.end(), objects, can_be_subject)
            if predicate == "visits" and s is not None and TROOPS_AFTER.match(masked, masked.find(f"⟦{s}⟧") + len(f"⟦{s}⟧")):
                continue  # "Russian military instructors arrived in Niger": troops sent, no visit
            subjects = coordinated(masked, s) if s is not None else []
            if len(subjects) > 1 and subjects[0] != s and POSSESSIVE_AFTER.match(masked, masked.find(f"⟦{s}⟧") + len(f"⟦{s}⟧")) \
                    and OF_BEFORE.search(masked, 0, masked.find(f"⟦{subjects[0]}⟧")):
                subjects = subjects[subjects.index(s):]  # "the plight of X and Y's attacks on Z": Y's alone
            key = (predicate, tuple(subjects), tuple(objects))
            if key in seen:
                continue
            seen.add(key)
            ends = [masked.find("⟧", masked.find(f"⟦{i}⟧")) + 1 for i in (s, objects[-1]) if i is not None]
            subject_end = max([e for e in ends if e < t_start], default=0)  # "wants to retake X, annexed by Y": not Y's
            owner_at = masked.rfind("⟦", 0, subject_end)
            if OWNED_NOUN.fullmatch(masked, subject_end, t_start) and not PAST_EVENT_BEFORE.search(masked, max(0, owner_at - 12), owner_at):
                subject_end = 0  # "Xi would discuss it in ⟦his⟧’s call with Y": the clause's mood is the noun's (not "… after his meeting")
            mood = modality(masked, t_start, subject_end, lasting=predicate in ("supports", "cooperates_with"))
            if mood == "fact" and EVENT_TRIGGER.match(masked, t_start) and (CALLED_OFF_AFTER.match(masked, t_end) or CALLED_OFF_BEFORE.search(masked, max(0, t_start - 50), t_start)):
                mood = "negated"  # "the visit by X to Y was postponed"
            alleged = bool(GERUND.match(masked, t_start) and ACCUSED_OF.search(masked, max(0, t_start - 90), t_start))
            found.append((Relation(predicate, subjects, objects, (t_start, t_end), alleged or bool(HEDGE.search(masked))), mood))
    return found
