"""Sentences as case files write them, the words a fact rests on, and what the sentence asserts
about them. Shared by tests/test_assertions.py and bench/assertions_compare.py (which measures
medspaCy's ConText on the same cases).

Written from the forms and the way officers write, not from the trigger lists: a case is here
because a reader of a file would read it that way.
"""

from __future__ import annotations

A, N, P, H, R, L = "affirmed", "negated", "planned", "hypothetical", "reported", "label"

CASES: list[tuple[str, str, str]] = [
    # affirmed
    ("The ABE interview was recorded on 3 March and is exhibited as KT/1.", "ABE interview", A),
    ("Her phone was examined under a Digital Processing Notice.", "examined", A),
    ("CCTV from the bar was seized by PC Hale on 14/03/2026.", "CCTV", A),
    ("DNA results are expected by 12 May 2027.", "DNA", A),
    ("Target date no later than 14/01/2027 for the toxicology.", "toxicology", A),
    ("She made a VPS on 10/09/2026.", "VPS", A),
    ("Special measures were discussed with her on 2 April.", "discussed", A),
    ("I produce the recording as exhibit PY/1.", "recording", A),
    ("She told her sister what had happened the next morning.", "told", A),
    ("Not only was the CCTV seized, it was also viewed.", "viewed", A),
    ("The SARC took swabs, which were submitted to the laboratory.", "swabs", A),
    ("A DPN was signed before the download.", "download", A),
    ("The suspect was interviewed under caution and gave no comment.", "interviewed", A),
    ("Her counselling notes were obtained with her written agreement.", "obtained", A),
    ("The 999 call recording was obtained from the control room.", "999 call", A),
    ("Early advice was obtained from the CPS on 9 April.", "obtained", A),
    ("Results were received on 2 November; nothing further is awaited.", "received", A),
    ("The officer attended within twenty minutes and found her crying.", "attended", A),
    ("An intermediary assessed her on 20 May.", "intermediary", A),
    ("Whether or not she drank is set out in the taxi driver's statement.", "statement", A),
    (
        "Digital strategy: no device of hers is held; his phone is downloaded for the one night only.",
        "Digital strategy",
        A,
    ),
    # negated
    (
        "No school, college, GP or counselling records have been sought for her at any stage.",
        "sought",
        N,
    ),
    ("Interpreter: not needed.", "Interpreter", N),
    (
        "She gave a written statement rather than a video-recorded interview.",
        "video-recorded interview",
        N,
    ),
    ("Her phone has not been examined.", "examined", N),
    ("No CCTV, BWV or 999 call exists for this incident.", "999 call", N),
    ("No CCTV, BWV or 999 call exists for this incident.", "CCTV", N),
    ("No other outstanding evidence.", "outstanding evidence", N),
    ("Early advice was not sought because the suspect was in custody.", "sought", N),
    ("CCTV: none.", "CCTV", N),
    ("DNA - negative.", "DNA", N),
    ("She declined a forensic medical examination.", "forensic medical examination", N),
    ("A forensic medical examination was declined.", "forensic medical examination", N),
    ("There is no forensic or medical evidence in this case.", "forensic", N),
    ("She did not want her phone examined and it has not been.", "examined", N),
    ("We do not propose to seek her medical records.", "seek", N),
    ("Nobody else was told at the time.", "told", N),
    ("She has never told her mother about it.", "told", N),
    ("The camera was not recording that night.", "recording", N),
    ("Instead of a download, screenshots of the messages were taken.", "download", N),
    ("No request for her counselling notes has been made.", "request", N),
    ("Nothing is outstanding.", "outstanding", N),
    ("Her school records were not requested.", "requested", N),
    ("She refused to hand over her phone.", "hand over", N),
    ("The bar has no working cameras.", "cameras", N),
    ("Without her agreement no extraction took place.", "extraction", N),
    ("He did not switch on his body-worn camera.", "body-worn camera", N),
    # planned
    (
        "A download of her phone will be requested, limited to messages with the suspect.",
        "download",
        P,
    ),
    ("We will request her counselling notes only if she discloses further.", "request", P),
    ("The taxi driver is to be traced and a statement obtained.", "statement", P),
    ("Toxicology results are awaited from the laboratory.", "Toxicology results", P),
    ("Toxicology results are not yet back; expected 14/02/2027.", "results", P),
    ("An ABE interview will be arranged once she is well enough.", "ABE interview", P),
    ("Her phone is yet to be examined.", "examined", P),
    ("The suspect's phone download is pending.", "download", P),
    ("We propose a narrow extraction of the messaging app only.", "extraction", P),
    ("The intermediary assessment is booked for 12 December.", "assessment", P),
    ("Statements from the door staff to follow.", "Statements", P),
    ("The officer intends to obtain the GP records with her consent.", "GP records", P),
    # hypothetical
    ("If she agrees, her phone would be examined for messages with him.", "examined", H),
    ("She was offered an ABE interview and chose a written statement.", "ABE interview", H),
    (
        "A written statement was taken after the options, including ABE and its benefits, were explained.",
        "ABE",
        H,
    ),
    (
        "Options explained to the complainant (ABE or written statement); she chose written.",
        "ABE",
        H,
    ),
    ("Should further material come to light, we would seek advice.", "advice", H),
    ("It may be that CCTV exists from the taxi rank.", "CCTV", H),
    ("Do you agree that her GP records are not a reasonable line of enquiry?", "GP records", L),
    ("A forensic examination could be arranged at the SARC.", "forensic examination", H),
    ("She asked whether her messages would be read.", "messages", H),
    ("Subject to your advice, a selective extraction of the app is proposed.", "extraction", H),
    (
        "In the event that she discloses abuse at school, school records may be sought.",
        "school records",
        H,
    ),
    ("Potentially the doorbell camera holds footage.", "footage", H),
    # reported
    ("The suspect says she agreed to go back to the flat.", "agreed", R),
    ("He claims that she sent him a message afterwards.", "message", R),
    ("According to the taxi driver, she was crying.", "crying", R),
    ("In his account the sex was consensual.", "consensual", R),
    ("The suspect denied any sexual contact.", "sexual contact", R),
    ("She told me that he had held her down.", "held her down", R),
    # label
    ("Was her phone examined?", "examined", L),
    ("Early advice sought:", "Early advice", L),
    ("Has a VPS been offered?", "VPS", L),
    ("Special measures:", "Special measures", L),
    ("Outstanding evidence:", "Outstanding evidence", L),
]
