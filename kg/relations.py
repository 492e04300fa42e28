"""Predicate triggers: which actor does what to whom in one sentence.

Actor mentions are first replaced by tokens (``⟦3⟧``) so that a pattern speaks of
actors and words only. A pattern may name its subject ``{S}`` and object ``{O}``;
a slot it leaves open is filled from the sentence (the nearest actor before the
trigger, the first actor after it), then from the reported speaker or the entry's
last subject ("they", "the ministry"). Coordinated actors ("South Korea, Australia
and New Zealand") fill a slot together.
"""

import re
from dataclasses import dataclass, field

GAP = r"[^⟦;]{0,70}?"  # a few words, no other actor
# a clause's worth of words, no other actor, not into the next clause ("…, as she said …")
CLAUSE_JOIN = r"(?:[,”\"]\s*[“”\"]?\s*(?:as|while|because|when|which|who|but|although)\b|\bas\s+(?:she|he|they|it|we|I)\b)"
WIDE_GAP = rf"(?:(?!{CLAUSE_JOIN})[^⟦;]){{0,120}}?"
LONG_GAP = r"[^;]{0,140}?"  # may pass other actors
POSS = r"(?:['’‘]s?)?"
Q = r"[“”\"‘’']?\s*"
THE = r"(?:the\s+)?"
PLACE_KIND = r"(?:(?:(?:key|strategic|eastern|frontline|front-line)\s+)?(?:village|town|city|settlement|port|region|province|oblast|district)\s+of\s+)?"
WEAPONS = (r"(?:weapons|weaponry|arms|missiles?|drones?|ammunition|munitions|shells|artillery|rockets|tanks|jets|fighter jets|warplanes|"
           r"howitzers|launchers|air defen[cs]e(?: systems?)?|(?:missile|defen[cs]e|rocket|Patriot|HIMARS|NASAMS|IRIS-T) (?:systems?|batteries)|"
           r"Patriots|HIMARS|ATACMS|F-16s?)")
TROOPS = (r"(?:troops|soldiers|forces|boots|personnel|military units|fighters|peacekeepers|police officers|marines|paratroopers|"
          r"special forces|military advisers|military instructors|mercenaries)")
AID = r"(?:aid|assistance|funding|loans?|financing|grants?|donations?|relief)"

# (predicate, pattern). {S}/{O}: the subject/object actor; (?P<T>…): the trigger words.
PATTERNS: list[tuple[str, str]] = [
    # troops
    ("sends_troops_to", rf"{{S}}{GAP}\b(?P<T>send(?:s|ing)?|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|move[sd]?|moving)\b{GAP}\b{TROOPS}\b{GAP}\b(?:to|into|in)\s+{THE}{{O}}"),
    ("sends_troops_to", rf"{{S}}\s+(?P<T>{TROOPS})\b(?:\s+(?:are|were|is|have been|had been|being)(?:\s+already)?)?\s+(?:(?:sent|deployed|dispatched|heading|headed|on their way|stationed|fighting)\s+)?(?:to|into|in|on)\s+{THE}{{O}}"),
    ("sends_troops_to", rf"{{O}}{POSS}\s+{Q}(?P<T>deployment|use|recruitment)\s+of{GAP}{{S}}\s+{TROOPS}"),
    ("sends_troops_to", rf"\b{TROOPS}\s+from\s+{THE}{{S}}{GAP}\b(?P<T>sent|deployed|dispatched|moved)\s+to\s+{THE}{{O}}"),
    ("sends_troops_to", rf"{{S}}{POSS}\s+(?:\w+\s+){{0,2}}(?P<T>troop (?:dispatch|deployment)|deployment of troops|dispatch of troops)\s+(?:to\s+(?:aid|help|support)\s+|to\s+|into\s+|in\s+){THE}{{O}}"),
    # weapons
    ("supplies_weapons_to", rf"{{S}}{GAP}\b(?P<T>suppl(?:y|ies|ied|ying)|sen[dt]s?|deliver(?:s|ed|ing)?|provide[sd]?|ship(?:s|ped)?|transfer(?:s|red)?|gave|give[sn]?)\b{GAP}\b{WEAPONS}\b{GAP}\bto\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"{{O}}{POSS}\s+{Q}(?:\w+\s+)?{Q}(?P<T>procurement|purchase|acquisition|use|import)\W*\s+of\s+{{S}}\s+(?:[\w-]+\s+){{0,3}}?{WEAPONS}"),
    ("supplies_weapons_to", rf"{{S}}\s+(?P<T>{WEAPONS})\s+(?:supplied|sent|delivered|given|sold)\s+to\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"\b(?P<T>(?:arms|weapons?|missiles?|munitions|ammunition|drones?)\s+(?:transfers?|shipments?|deliveries|supplies|sales|exports?)|(?:transfers?|shipments?|deliver(?:y|ies)|suppl(?:y|ies)|sales?|exports?)\s+of\s+(?:[\w-]+\s+){{0,2}}{WEAPONS})\s+from\s+{THE}{{S}}\s+to\s+{THE}{{O}}"),
    ("supplies_weapons_to", rf"{{S}}{GAP}\b(?P<T>provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|arm(?:s|ed|ing)|equip(?:s|ped|ping))\s+{THE}{{O}}\s+with\s+(?:[\w$-]+\s+){{0,4}}?{WEAPONS}"),
    # aid
    ("provides_aid_to", rf"{{S}}{GAP}\b(?P<T>provide[sd]?|providing|give[sn]?|gave|sen[dt]s?|deliver(?:s|ed)?|pledge[sd]?|approve[sd]?|announce[sd]?)\b{GAP}\b{AID}\b{GAP}\b(?:to|for)\s+{THE}{{O}}"),
    ("provides_aid_to", rf"\b(?P<T>{AID})\s+(?:package\s+)?(?:to|for)\s+{THE}{{O}}"),
    ("provides_aid_to", rf"{{S}}{GAP}\b(?P<T>provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying))\s+{THE}{{O}}\s+with\s+(?:[\w$-]+\s+){{0,4}}?(?:\w+\s+)?{AID}"),
    ("provides_aid_to", rf"{{S}}{GAP}\bas\s+{{O}}{POSS}\s+(?:\w+\s+){{0,2}}(?P<T>donor|backer|supplier)\b"),
    ("supports", rf"{{S}}\s+(?:has\s+)?(?:become|became|is|was|remains|remained)\s+(?:one\s+of\s+)?{{O}}{POSS}\s+(?:\w+\s+){{0,2}}(?P<T>backers?|supporters?|allies|ally|defenders?)\b"),
    ("supplies_weapons_to", rf"{{O}}{GAP}\b(?P<T>procur(?:e|es|ed|ing)|bu(?:y|ys|ying)|bought|acquir(?:e|es|ed|ing)|import(?:s|ed|ing)?|receiv(?:e|es|ed|ing))\b(?:\s+and\s+\w+)?\s+{{S}}\s+(?:[\w-]+\s+){{0,2}}{WEAPONS}"),
    # support
    ("supports", rf"(?<!-)\b(?P<T>support(?:s|ed|ing)?|back(?:s|ed|ing)?|endorse[sd]?|stands? (?:with|by)|stood (?:with|by))\s+{THE}{{O}}"),
    ("supports", rf"{{S}}{POSS}\s+(?:\(\s*⟦\d+⟧\s*\)\s+)?(?:\w+\s+){{0,2}}(?P<T>support|backing|solidarity)\s+(?:for|to)\s+{THE}{{O}}"),
    ("supports", rf"\b(?P<T>support|backing|solidarity)\s+(?:for|to|(?<=solidarity )with)\s+{THE}{{O}}"),
    ("supports", r"{S}-(?P<T>backed|funded|sponsored|armed|supported)\s+{O}(?!\s+(?:(?-i:[A-Z])\w+|rebels|fighters|forces|militias?|separatists|groups?|proxies)\b)"),
    # cooperation and agreements
    ("signs_agreement_with", rf"\b(?P<T>sign(?:s|ed|ing)?|initial(?:l?ed|s))\s+(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,4}}(?:agreement|treaty|deal|pact|accord|memorandum|declaration)\s+with\s+{THE}{{O}}"),
    ("signs_agreement_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:have\s+|had\s+)?(?P<T>sign(?:ed|s)?|initial(?:l?ed|s))\s+(?:(?:a|an|the)\s+)?(?:[\w“”\"-]+\s+){{0,4}}(?:agreement|treaty|deal|pact|accord|memorandum|declaration)"),
    ("cooperates_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:\w+\s+)?(?P<T>held|hold|holds|staged|conducted|began|started|launched)\s+(?:(?:their|a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:joint|combined)\s+(?:[\w-]+\s+){{0,2}}?(?:drills|exercises|patrols?|manoeuvres|maneuvers)"),
    ("cooperates_with", rf"\b(?P<T>cooperat(?:e|es|ed|ing|ion)|co-operat\w+|coordinat(?:e|es|ed|ing|ion)|partnership|alliance|closer ties|ties)\b{GAP}\bwith\s+{THE}{{O}}"),
    ("cooperates_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:have\s+|had\s+)?(?P<T>(?:agreed|pledged|vowed|promised)\s+to\s+(?:work (?:together|closely)|cooperate|deepen|strengthen))"),
    ("cooperates_with", rf"\b(?P<T>cooperation|alliance|partnership)\s+between\s+{THE}{{S}}\s+and\s+{THE}{{O}}"),
    # meetings and visits
    ("meets_with", r"\b(?P<T>(?:after|before|while|when|during) meeting|(?:holding|held|holds) (?:talks|meetings?) with)\s+(?:(?!(?:in|at|on|during|near|outside)\b)[\w-]+\s+){0,6}?{O}"),
    ("meets_with", r"\b(?P<T>met(?: with)?|meets(?: with)?|meeting with|held talks with|talks with|spoke (?:with|to)|(?:phone )?call with|hosted)\s+(?:(?!(?:in|at|on|during|near|outside)\b)[\w-]+\s+){0,3}?{O}(?!\s+(?:[\w-]+\s+){0,2}?(?:" + WEAPONS + "|" + TROOPS + r")\b)"),
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?:(?:have|had|also|first)\s+)?(?P<T>met|held talks|talked|spoke)\b"),
    ("meets_with", rf"{{S}}\s*[-–]\s*{{O}}\s+(?P<T>talks|summit|meeting|negotiations)\b"),
    ("meets_with", rf"{{S}}\s+and\s+{THE}{{O}}\s+(?P<T>shook hands|embraced)\b"),
    ("meets_with", rf"\b(?P<T>shook hands with)\s+{THE}{{O}}"),
    ("meets_with", rf"\b(?P<T>meeting|talks|call|summit)\s+between\s+{THE}{{S}}\s+and\s+{THE}{{O}}"),
    ("visits", rf"\b(?P<T>visit(?:s|ed|ing)?|arrive[sd]? in|arriving in|travell?ed to|trip to|visit to|landed in)\s+{THE}{{O}}"),
    # criticism
    ("concerned_about", rf"\b(?P<T>(?:(?:very|deeply|gravely|seriously|increasingly|extremely)\s+)?(?:concerned|worried|alarmed)|(?:express(?:es|ed)?|voiced|raised)\s+{Q}(?:\w+\s+)?concerns?){Q}\s*(?:about|over|by|at|regarding){GAP}{{O}}"),
    ("condemns", rf"\b(?P<T>condemn(?:s|ed|ing)?|denounce[sd]?|denouncing|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|slam(?:s|med)?|rebuke[sd]?|deplore[sd]?|brand(?:s|ed)|lambast(?:s|ed)|decr(?:y|ies|ied)|oppose[sd]|opposing)\b{WIDE_GAP}{{O}}"),
    ("accuses", rf"\b(?P<T>accus(?:e|es|ed|ing)|blame[sd]?|blaming)\s+{THE}{{O}}"),
    ("accuses", rf"\b(?P<T>accusations?|allegations?)\s+(?:against|that)\s+{THE}{{O}}"),
    ("accuses", rf"\b(?P<T>attribut(?:e|es|ed|ing)\s+to|blame[sd]?\s+(?:[\w-]+\s+){{0,3}}?on|pinn(?:ed|ing)\s+(?:[\w-]+\s+){{0,3}}?on)\s+{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>threaten(?:s|ed|ing)?)\s+(?:to\s+\w+\s+)?{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>(?:vow(?:s|ed)?|pledge[sd]?|promise[sd]?|threaten(?:s|ed)?)\s+(?:to\s+)?(?:retaliat\w*|revenge|avenge|hit back|strike back|punish|respond))\b{GAP}{{O}}"),
    ("threatens", rf"\b(?P<T>vow(?:s|ed)?|warn(?:s|ed)?)\b{WIDE_GAP}\b(?:would|will)\s+(?:carry on|continue|keep(?: on)?)\s+(?:fighting|attacking|striking)\s+{THE}{{O}}"),
    ("threatens", rf"\b(?P<T>vow(?:s|ed)?|warn(?:s|ed)?|threaten(?:s|ed)?)\b{WIDE_GAP}\b(?:would|will|to)\s+(?:take\s+(?:[\w“”\",-]+\s+){{0,4}}?(?:action|measures|steps)|respond|retaliate|strike back|hit back)\b{WIDE_GAP}\b(?:against|on|to)\s+(?:[\w“”\"-]+\s+){{0,6}}?{{O}}"),
    ("sanctions", rf"\b(?P<T>sanction(?:s|ed|ing)?)\s+{THE}{{O}}"),
    ("sanctions", rf"\b(?P<T>sanctions|restrictive measures|embargo(?:es)?|export controls)\s+(?:on|against|targeting)\s+{WIDE_GAP}{{O}}"),
    ("sanctions", rf"{{O}}{GAP}\b(?:is|was|are|were|has been|have been|had been|remains?|came|comes)\s+under\s+{THE}{{S}}\s+(?P<T>sanctions)"),
    ("sanctions", rf"\b(?P<T>(?:impose[sd]?|imposing|slapped|announce[sd]?|extend(?:s|ed)?)\s+(?:new\s+|fresh\s+|further\s+|more\s+)?sanctions|(?:restrictive\s+)?measures)\s+(?:on|against)\s+(?:[\w-]+\s+){{0,3}}?{{O}}"),
    # force
    ("attacks", rf"\b(?P<T>attack(?:s|ed|ing)?|struck|strikes?|striking|bomb(?:ed|ing)?|shell(?:ed|ing)|(?:bombs|shells)(?=\s+(?:the\s+)?⟦)|fired (?:at|on)|fires (?:at|on)|firing (?:at|on)|shot down|shoots down|down(?:s|ed)|intercept(?:s|ed)|hit|hits|target(?:s|ed|ing)|invade[sd]?|invading|raid(?:s|ed)|pound(?:s|ed))\b{GAP}{{O}}"),
    ("attacks", rf"{{S}}\s+(?P<T>(?:air)?strikes?|attacks?|missiles?|drones?|shelling|bombardment|offensive|assaults?|incursion)\s+(?:on|against|into|in)\s+{THE}{{O}}"),
    ("attacks", rf"{{S}}{POSS}\s+(?:[\w-]+\s+){{0,3}}?(?P<T>(?:air ?|missile |drone )?strikes?|attacks?|raids?|bombardment|shelling|offensive|invasion|assault|incursion)\s+(?:on|against|in|into)\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>(?:shot|fired|shoots|fires|used|uses|turned)\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:water cannons?|cannons?|missiles?|rockets?|flares|lasers?|guns|shots|warning shots))\s+(?:at|on|against)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){{0,2}}?{{O}}"),
    ("attacks", rf"\b(?P<T>battles?|fighting|clash(?:es)?|hostilities|war)\s+(?:\w+\s+)?between\s+{THE}{{S}}(?:\\s*\\(\\s*⟦\\d+⟧\\s*\\))?\s+and\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>battles?|fighting|clash(?:es)?|hostilities|war)\s+(?:\w+\s+)?between\s+{THE}{{O}}(?:\\s*\\(\\s*⟦\\d+⟧\\s*\\))?\s+and\s+{THE}{{S}}"),
    ("attacks", rf"\b(?P<T>advances?|advancing|pushed|offensive|crossed|stormed|incursion)\s+(?:deep\s+)?into\s+{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>(?:carr(?:y|ies|ied) out|launch(?:es|ed)?|conduct(?:s|ed)?|press(?:es|ed) ahead with|step(?:s|ped) up)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:(?:air ?)?strikes?|attacks?|raids?|incursion|offensive|assault|bombardment|operation))\s+(?:on|against|in|into|at|across)\s+(?:(?:south|north|east|west|southern|northern|eastern|western|central)\s+)?{THE}{{O}}"),
    ("attacks", rf"\b(?P<T>launch(?:es|ed|ing)?|fir(?:es|ed|ing))\s+(?:[\w-]+\s+){{0,3}}?(?:drones?|missiles?|rockets?|shells|barrages?)(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?(?:drones?|missiles?|rockets?|shells))?\s+(?:at|on|against|toward|towards|into)\s+(?:[\w-]+\s+){{0,2}}?{{O}}"),
    ("attacks", rf"\b(?P<T>(?:attacks?|strikes?|assaults?|offensive|raids?|shelling|bombardment))\s+by\s+{THE}{{S}}(?:\\s*\\(\\s*⟦\\d+⟧\\s*\\))?\s+(?:on|against)\s+{THE}{PLACE_KIND}{{O}}"),
    ("attacks", rf"\b(?P<T>retaliat(?:e|es|ed|ing))\s+(?:(?:with|by)\s+(?:[\w-]+\s+){{0,3}}?(?:on|against|at)\s+|against\s+){THE}{{O}}"),
    ("attacks", rf"{{O}}{WIDE_GAP}\b(?:was|were|has been|had been|is being|have been)\s+(?:\w+ly\s+)?(?P<T>targeted|killed|hit|struck|attacked|wounded)\s+(?:in|by)\s+(?:an?\s+|the\s+)?{{S}}\s+(?:air\s*)?(?:strikes?|attacks?|raids?|drone strikes?|shelling|fire)"),
    ("occupies", rf"\b(?P<T>occupie[sd]|occupying|seized|captured|annexed|retook|recaptured|took control of|taken control of)\s+{THE}{PLACE_KIND}{{O}}"),
    ("occupies", r"{S}-(?P<T>occupied|controlled|held)\s+{O}"),
    # politics
    ("defeats", r"\b(?P<T>defeat(?:s|ed|ing)?|beat(?:s|ing)?|won against|trounced|unseated|ousted)\s+(?:\w+\s+){0,3}?{O}"),
    ("defeats", rf"(?:victory|win|won|wins|re-?elect\w*|secured)\b{LONG_GAP}\b(?P<T>opponent|rival|challenger)s?,?\s+(?:[\w-]+\s+){{0,4}}?{{O}}"),
    ("leads", rf"{{O}}{POSS}\s+(?:current\s+|rotating\s+)?(?P<T>president|presidency|chair)(?:\s+country)?\s*,\s*{THE}{{S}}"),
    ("leads", rf"{{S}}\s+(?:has\s+|have\s+)?(?P<T>become|became|becomes|is now|took over as|takes over as|assumed|assumes|holds|will hold)\s+(?:the\s+)?(?:rotating\s+)?(?:president|presidency|chair|chairmanship|head|leader)\s+of\s+{THE}{{O}}"),
]


def passive(participles: str) -> str:
    """"{O} was|has been (partly) VERBed by {S}", and "{O}, which has been VERBed by {S}"."""
    return (rf"{{O}},?\s+(?:(?:which|that|who)\s+)?(?:has\s+|have\s+|had\s+)?(?:been|was|were|is|are|being)\s+"
            rf"(?:\w+ly\s+)?(?P<T>{participles})\s+by\s+{THE}{{S}}")


PASSIVES = [
    ("occupies", passive("occupied|seized|captured|annexed|held|controlled")),
    ("condemns", rf"\b(?P<T>(?:lodg|fil|regist)(?:ed|es|e)\s+(?:a|an|its|their)?\s*(?:[\w“”\"-]+\s+){{0,3}}?protests?[“”\"]?)\s+(?:yet\s+|formally\s+)?(?:against|with|to|over)\s+{THE}{{O}}"),
    ("condemns", rf"\b(?P<T>protest(?:s|ed)?)\s+(?:against\s+|to\s+)?{THE}{{O}}"),
    ("condemns", rf"\b(?P<T>summon(?:s|ed|ing))\s+(?:the\s+)?(?:top\s+|senior\s+)?{{O}}{POSS}\s+(?:[\w-]+\s+){{0,2}}?(?:ambassador|envoy|diplomats?|chargé d['’]affaires|charge d['’]affaires)\b"),
    ("condemns", passive("condemned|denounced|criticised|criticized|rebuked|slammed")),
    ("attacks", passive("attacked|struck|shelled|bombed|targeted|hit|invaded|shot down|downed")),
    ("sanctions", passive("sanctioned")),
    ("supports", passive("supported|backed|endorsed")),
    ("accuses", passive("accused|blamed")),
    ("visits", passive("visited")),
    ("defeats", passive("defeated|beaten|unseated|ousted")),
    ("threatens", passive("threatened")),
]
PATTERNS += PASSIVES
HAS_PASSIVE = {predicate for predicate, _ in PASSIVES}

# "… and condemned it": the object is the earlier relation's (see find_relations).
PATTERNS += [
    (predicate, rf"\b(?P<T>{verbs})(?=[”\"’]?\s+(?:it|them)\b)")
    for predicate, verbs in [
        ("condemns", r"condemn(?:s|ed)?|denounce[sd]?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|rebuke[sd]?"),
        ("supports", r"support(?:s|ed)?|back(?:s|ed)?|endorse[sd]?"),
        ("sanctions", r"sanction(?:s|ed)?"),
    ]
]

SLOT = {"S": r"(?P<S>⟦\d+⟧)", "O": r"(?P<O>⟦\d+⟧)"}
COMPILED = [(predicate, re.compile(pattern.replace("{S}", SLOT["S"]).replace("{O}", SLOT["O"]), re.IGNORECASE))
            for predicate, pattern in PATTERNS]

TOKEN = re.compile(r"⟦(\d+)⟧")
COORDINATION = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+|\s*/\s*)(?:the\s+)?$")
REVERSAL = re.compile(r"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|"
                      r"revok(?:e|es|ed|ing)|end(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|drop(?:s|ped|ping)?|halt(?:s|ed|ing)?|"
                      r"scrap(?:s|ped)?|cut(?:s|ting)?\s+off|relief\s+from)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
REVERSIBLE = re.compile(r"(?:sanctions?|support|aid|assistance|backing|embargo|restrictive measures|funding)", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|n['’]t|never|no longer|denie[sd]|deny(?:ing)?|refuse[sd]? to|declined to|has no plans? to|have no plans? to|rejected claims|without)\b", re.IGNORECASE)
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|may|should|plans? to|planning to|intends? to|expected to|is set to|are set to|considering|threaten(?:s|ed)? to|if|whether|will|potential|possible|possibly|ready to|prepared to|seeks? to|wants? to|pledged to|promised to|vowed to|agreed to|offered to|calls? (?:on|for)|for use in|in order to|aimed at|talk of|threat of|possibility of|risk of|planned|upcoming|proposed|forthcoming|scheduled|prospective)\b", re.IGNORECASE)
HEDGE = re.compile(r"\b(?:reportedly|reported|allegedly|alleged|according to|claims?|claimed|said to|believed to|believes?|suspects?|assess(?:es|ed)|estimated|suspected|purported(?:ly)?|unconfirmed)\b", re.IGNORECASE)
SHARED_SUBJECT = re.compile(r"\band\s+(?:(?:has|have|had|is|was|were|will|would)\s+)?[“”\"]?(?:\w+ly\s+)?[“”\"]?$", re.IGNORECASE)
PRONOUN_OBJECT = re.compile(r"[“”\"’]?\s*(?:it|them)\b", re.IGNORECASE)
PASSIVE_BY = re.compile(r"\s+by\b", re.IGNORECASE)
# "targeted the successor of X": the act was done to someone of X's, not to X.
RELATIONAL = re.compile(r"\b(?:successor|son|daughter|wife|husband|widow|aides?|allies|supporters|relatives?|members?|family|"
                        r"deputy|bodyguards?|followers|associates?|critics|opponents)\s+of\b", re.IGNORECASE)
# "push back Moscow's forces", "win back Ukraine": a particle, not backing.
PHRASAL_BACK = re.compile(r"\b(?:push|pushed|pushes|pushing|win|won|wins|winning|bring|brought|come|came|fight|fought|pull|pulled|"
                          r"hold|held|go|went|get|got|give|gave|hit|strike|struck|roll|rolled|scale|scaled|turn|turned|beat|"
                          r"drive|drove|driven|force|forced|send|sent|claw|clawed|take|took|taken)\s+$", re.IGNORECASE)
POSSESSED = re.compile(r"['’]s?\s+⟦(\d+)⟧")
# A trigger that is a noun here: "the outrageous attack", "Russia's strikes" (its agent is the possessor).
NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that|his|her|our|these|those|any)|⟦\d+⟧['’]s?)\s+[“\"]?(?:[\w-]+\s+){0,3}?[“\"]?$", re.IGNORECASE)
NOUN_TRIGGER = re.compile(r"(?:attacks?|strikes?|raids?|bombs?|hits?|targets?|invasion|offensive|assault|shelling)$", re.IGNORECASE)
# "called on the EU to impose sanctions": what someone is asked to do has not happened.
CALL_ON = re.compile(r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urge[sd]?|urging|ask(?:s|ed)?|press(?:es|ed)?|invit(?:e|es|ed|ing)|demand(?:s|ed)?\s+that)\s+(?:the\s+)?(?:⟦\d+⟧|\w+)\s+(?:to\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
PARTICIPLE = re.compile(r"(?:ed|struck|hit|shot down|down)$", re.IGNORECASE)
SUBCLAUSE_BREAK = re.compile(r"[;:“”\"]|\b(?:but|while|whereas|that|said|says|which|who|after|before|as|because|when)\b"
                             r"|,\s+and(?=\s+(?:the\s+)?⟦)", re.IGNORECASE)
# "… that the international community stands with X": a noun phrase of its own is the subject,
# unless it is the speaker's own ("the government", "the ministry", "its forces").
OWN_SUBJECT = re.compile(r"\s*(?:the|a|an)\s+(?!(?:government|ministry|army|military|country|state|authorities|leadership|"
                         r"president|officials|forces|troops|regime|administration|kremlin)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*$")
AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|of|for|with|against|on|by|about|over|into|across|between|among|like|than)\s+(?:the\s+)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


@dataclass
class Relation:
    """One predicate found in a sentence, between actor mentions (indexes into the sentence's mentions)."""

    predicate: str
    subjects: list[int]
    objects: list[int]
    trigger: tuple[int, int]  # span in the masked sentence
    hedged: bool = False
    flags: set = field(default_factory=set)  # set by sentence frames: "pair" (the two), "led" (held by), "group" (the entry's group: "the meeting was joined by")


def mask(sentence: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Replace mention spans by tokens; return the masked text and a map from masked
    offsets to original offsets (for marking evidence)."""
    out, offsets, pos = [], [], 0
    for i, (start, end) in enumerate(spans):
        out.append(sentence[pos:start])
        offsets.extend(range(pos, start))
        token = f"⟦{i}⟧"
        out.append(token)
        offsets.extend([start] * len(token))
        pos = end
    out.append(sentence[pos:])
    offsets.extend(range(pos, len(sentence) + 1))
    return "".join(out), offsets


def coordinated(masked: str, index: int) -> list[int]:
    """The actor token at ``index`` with the tokens coordinated with it (", ", " and ")."""
    tokens = [(int(m.group(1)), m.start(), m.end()) for m in TOKEN.finditer(masked)]
    pos = next(k for k, t in enumerate(tokens) if t[0] == index)
    group = [index]
    k = pos
    while k > 0 and COORDINATION.match(masked[tokens[k - 1][2] : tokens[k][1]]):
        k -= 1
        group.insert(0, tokens[k][0])
    k = pos
    while k + 1 < len(tokens) and COORDINATION.match(masked[tokens[k][2] : tokens[k + 1][1]]):
        k += 1
        group.append(tokens[k][0])
    return group


def _clause_start(masked: str, pos: int) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(masked, 0, pos)]
    return breaks[-1] if breaks else 0


def clause_subject(masked: str, pos: int, usable) -> int | None:
    """The subject for a trigger at ``pos``: the first actor of its clause that does not
    follow a preposition ("in Seoul", "with Kyiv"); else the nearest actor before it in the
    sentence (in "X said its forces had …", the speaker)."""
    breaks = [m.end() for m in SUBCLAUSE_BREAK.finditer(masked, 0, pos)]
    start = breaks[-1] if breaks else 0
    if SHARED_SUBJECT.search(masked, 0, pos):
        start = _clause_start(masked, pos)  # "X has emerged as … and has coordinated …": X's verb
    for m in TOKEN.finditer(masked, start, pos):
        i = int(m.group(1))
        if usable(i) and not AFTER_PREPOSITION.search(masked, max(0, m.start() - 12), m.start()):
            return i
    if breaks and OWN_SUBJECT.fullmatch(masked, start, pos):
        return None  # "… that the international community stands with X": a subject that is no actor
    found = [int(m.group(1)) for m in TOKEN.finditer(masked, _clause_start(masked, pos), pos) if usable(int(m.group(1)))]
    return found[-1] if found else None


def first_right(masked: str, pos: int, usable, reach: int = 90) -> int | None:
    stop = CLAUSE_BREAK.search(masked, pos)
    end = min(stop.start() if stop else len(masked), pos + reach)
    for m in TOKEN.finditer(masked, pos, end):
        if usable(int(m.group(1))):
            return possessed(masked, int(m.group(1)), usable)
    return None


def possessed(masked: str, i: int, usable) -> int:
    """The head of "⟦i⟧'s ⟦j⟧" ("Yemen's Houthis" is the Houthis), else i."""
    head = POSSESSED.match(masked, masked.find(f"⟦{i}⟧") + len(f"⟦{i}⟧"))
    return int(head.group(1)) if head and usable(int(head.group(1))) else i


def modality(masked: str, trigger_start: int, subject_end: int) -> str:
    """fact, negated or hypothetical, from the words just before the trigger."""
    window = masked[max(subject_end, trigger_start - 35, _clause_start(masked, trigger_start)) : trigger_start]
    if NEGATION.search(window) or (REVERSIBLE.match(masked, trigger_start) and REVERSAL.search(window)):
        return "negated"
    if HYPOTHETICAL.search(window) or CALL_ON.search(masked, max(0, trigger_start - 80), trigger_start):
        return "hypothetical"
    return "fact"


def find_relations(masked: str, can_be_subject, can_be_object) -> list[tuple[Relation, str]]:
    """Relations in a masked sentence, each with its modality (fact, negated, hypothetical).

    ``can_be_subject(i)`` / ``can_be_object(i)`` say whether mention i may fill that slot
    (a "US-made" weapon is no one's target).
    """
    found, seen = [], set()
    for predicate, pattern in COMPILED:
        for m in pattern.finditer(masked):
            t_start, t_end = m.span("T")
            groups = m.groupdict()
            if m.group("T").lower() == "back" and PHRASAL_BACK.search(masked, max(0, t_start - 12), t_start):
                continue
            if not groups.get("S") and NOUN_TRIGGER.search(m.group("T")) and NOUN_BEFORE.search(masked, max(0, t_start - 60), t_start):
                continue  # a noun with no agent in the pattern: "the attack on X" says nothing of who attacked
            if not groups.get("S") and (PASSIVE_BY.match(masked, t_end) or (
                    predicate in HAS_PASSIVE and PASSIVE_AUX.search(masked, 0, t_start) and PARTICIPLE.search(m.group("T")))):
                continue  # "was condemned by X", "was targeted in X strikes": the passive patterns read those
            if groups.get("S"):
                s = int(groups["S"][1:-1])
            else:
                s = clause_subject(masked, t_start, can_be_subject)
            earlier = [r for r, _ in found if r.trigger[1] <= t_start]
            if PRONOUN_OBJECT.match(masked, t_end) and earlier:
                objects = earlier[-1].objects  # "expressed concern about X and condemned it"
            elif groups.get("O") and can_be_object(int(groups["O"][1:-1])):
                objects = coordinated(masked, possessed(masked, int(groups["O"][1:-1]), can_be_object))
            else:
                o = first_right(masked, m.end("O") if groups.get("O") else t_end, can_be_object)
                if o is None:
                    continue
                objects = coordinated(masked, o)
            first_object = masked.find(f"⟦{objects[0]}⟧")
            if first_object > t_end and RELATIONAL.search(masked, t_end, first_object):
                continue
            subjects = coordinated(masked, s) if s is not None else []
            key = (predicate, tuple(subjects), tuple(objects))
            if key in seen:
                continue
            seen.add(key)
            subject_end = masked.find("⟧", masked.find(f"⟦{s}⟧")) + 1 if s is not None else 0
            mood = modality(masked, t_start, subject_end if subject_end < t_start else 0)
            found.append((Relation(predicate, subjects, objects, (t_start, t_end), bool(HEDGE.search(masked))), mood))
    return found
