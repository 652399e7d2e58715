"""The outside tester's answer keys (what a careful reader finds), one per meeting and format.
Written by make_files_tester.py (keys.write) -> <name>-<fmt>.expected.json beside the files."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def A(name, role=None, org=None, att="present"):
    return {"name": name, "role": role, "organisation": org, "attendance": att}


def P(ref, text):
    return {"ref": ref, "text": text}


def S(ref, title, paragraphs, decisions=(), actions=()):
    return {
        "ref": ref,
        "title": title,
        "paragraphs": list(paragraphs),
        "decisions": list(decisions),
        "actions": list(actions),
    }


MEETINGS = {}

# --- 1. Sports Grounds Safety Authority, board, 8 December 2015 -------------------------------
MEETINGS["sgsa-2015-12-08"] = dict(
    source="Sports Grounds Safety Authority, minutes of the twenty-second board meeting, 8 December 2015 "
    "(http://www.safetyatsportsgrounds.org.uk/node/1207), its opening to item 4; the label 'Actions' over the "
    "action list restored (the page's table header), the list cut to its one line for item 4 (the lines for "
    "items 6-8 left out with those items)",
    body_kind="sports grounds safety regulator's board (non-departmental public body, DCMS)",
    board="Sports Grounds Safety Authority",
    date="2015-12-08",
    attendees=[
        A("Mr A Coppin", "Chairman"),
        A("Mr B Batson"),
        A("Dr P Lane"),
        A("Mr P Rowley"),
        A("Mr D Wilson"),
        A("Ms K Eyre-White", "Chief Executive"),
        A("Mrs N Rutherford", att="in_attendance"),
        A("Mr Ken Scott", att="in_attendance"),
    ],
    sections=[
        S(
            "1",
            "Minutes of the nineteenth meeting",
            [P("", "The minutes of the previous meeting were agreed and signed by the Chairman")],
            ["The minutes of the previous meeting were agreed and signed by the Chairman"],
        ),
        S("2", "Matters arising", [P("", "No matters were raised")]),
        S(
            "3",
            "Chief Executive’s note – (SGSA (15)22)",
            [P("", "The Board noted the content of the paper")],
        ),
        S(
            "4",
            "SGSA spending review outcome and strategy (SGSA(15)23)",
            [
                P(
                    "",
                    "The Chief Executive updated the Board on the SGSA’s 2015 Spending Review outcome",
                ),
                P("", "The Board were in agreement that the strategy should be promoted"),
            ],
            [
                "The SGSA strategy was approved",
                "The Board were in agreement that the strategy should be promoted",
            ],
            [
                {
                    "text": "The Chief Executive to investigate the use of fold out business cards",
                    "owner": "Chief Executive",
                    "due": None,
                }
            ],
        ),
    ],
)

# --- 2. Lanarkshire Community Justice Authority, 2 December 2011 ----------------------------
SLC, NLC = "South Lanarkshire Council", "North Lanarkshire Council"
LCJA = "Lanarkshire Community Justice Authority (LCJA)"
MEETINGS["lanarkshire-cja-2011-12-02"] = dict(
    source="Lanarkshire Community Justice Authority, minutes of 2 December 2011 "
    "(http://www.docstoc.com/docs/132480488/LANARKSHIRE-COMMUNITY-JUSTICE-AUTHORITY), its opening to the "
    "start of item 3 (the page's excerpt ends there); text as the page gives it, lines unwrapped",
    body_kind="community justice authority (Scotland, 2007-2017: councils' joint body for offender services)",
    board="Lanarkshire Community Justice Authority",
    date="2011-12-02",
    attendees=[
        A("Councillor B McCaig", "Chair", SLC),
        A("B Chadha", "Depute", NLC),
        A("T Lunny", None, NLC),
        A("H McGuigan", None, NLC),
        A("J Anderson", None, SLC),
        A("G Scott", None, SLC, "apologies"),
        A(
            "D Dickson",
            "Co-ordinator to Lanarkshire Criminal Justice Board",
            "Crown Office and Procurator Fiscal's Service",
            "in_attendance",
        ),
        A("T McNulty", "Chief Officer", LCJA, "in_attendance"),
        A("J Plunkett", "Administration Assistant", LCJA, "in_attendance"),
        A("R Reid", "Planning and Development Adviser", LCJA, "in_attendance"),
        A("L Cringles", "Justice Services Manager", NLC, "in_attendance"),
        A(
            "J Dustan",
            "Community Justice Authority Liaison Manager",
            "Scottish Prison Service",
            "in_attendance",
        ),
        A(
            "G Bow",
            "Administration Manager (Finance and Corporate Resources)",
            SLC,
            "in_attendance",
        ),
        A(
            "R Swift",
            "Head of Children and Justice Services (Social Work Resources)",
            SLC,
            "in_attendance",
        ),
        A("G Cairns", "Divisional Commander 'N' Division", "Strathclyde Police", "in_attendance"),
        A("J McLeod", "Superintendent 'Q' Division", "Strathclyde Police", "in_attendance"),
        A("H Dickson", "Business Delivery Manager", "Victim Support Scotland", "in_attendance"),
        A("Kathleen Gowrie", "Finance Adviser", "CJA", "apologies"),
        A("Colin Sloey", "Director", "North Lanarkshire CHP", "apologies"),
        A(
            "J Griffin",
            "Acting Depute Director, Community Justice",
            "Scottish Government",
            "in_attendance",
        ),
        A(
            "G Pattison",
            "Co-ordinator",
            "Multi-Agency Public Protection Arrangements (MAPPA)",
            "in_attendance",
        ),
    ],
    sections=[
        S("1", "Declaration of Interests", [P("", "No interests were declared")]),
        S(
            "2",
            "Minutes of Previous Meeting",
            [
                P(
                    "",
                    "The minutes of the meeting of the Lanarkshire Community Justice Authority held on 2 September 2011",
                ),
                P("", "The Authority decided"),
            ],
            ["that the minutes be approved as a correct record"],
        ),
        S(
            "3",
            "Chief Officer Update",
            [P("", "A report dated 23 November 2011 by the Chief Officer was submitted")],
        ),
    ],
)

# --- 3. Oban, Lorn & the Isles Community Planning Group, 14 November 2018 --------------------
ABC = "Argyll & Bute Council"
MEETINGS["oban-cpg-2018-11-14"] = dict(
    source="Oban Lorn & the Isles Community Planning Group, minutes of 14 November 2018 "
    "(https://docslib.org/download/4474088/for-enquiries-on-this-agenda-please-contact), its opening to the "
    "start of item 4 (ended with a full stop where the excerpt ends); 'name, body' lines as the page gives them",
    body_kind="area community planning group (Scotland: a council area's community planning partnership's local group)",
    board="Oban Lorn & the Isles Community Planning Group",
    date="2018-11-14",
    attendees=[
        A("Margaret Adams", "Chair", "Ardchattan Community Council"),
        A("Councillor Elaine Robertson"),
        A("Councillor Jim Lynch"),
        A("Melissa Stewart", "Area Governance Officer", ABC),
        A("Samantha Somers", "Community Planning Officer", ABC),
        A("Laura MacDonald", "Community Development Officer"),
        A("Ewan Masson", "Outreach Services Officer", "Scottish Parliament"),
        A("Stuart Watson", "Traffic and Development Manager"),
        A("Sybil Johnson", "Senior Planning and Strategies Officer"),
        A("Jennifer Nicoll", None, "HIE"),
        A("Bobby Tourish", None, "Scottish Fire and Rescue"),
        A("David Hanton", None, "Scottish Fire and Rescue"),
        A("Ruaridh MacGregor", None, "Scottish Water"),
        A("Alison Hardman", None, "Health and Social Care Partnership"),
        A("Jeremy Moore", None, "Police Scotland"),
        A("Kathleen Lennie", None, "Police Scotland"),
        A("John Fleming", None, "Dalavich Community Council"),
        A("Jane Darby", None, "Kilmore Community Council"),
        A("Morven Gemmill", None, "Health and Social Care Partnership"),
        A("Duncan Martin", None, "Oban Community Council"),
        A("David Adams-McGilp", None, "Visitscotland", "apologies"),
        A("Marri Malloy", None, "Oban Community Council", "apologies"),
        A("Councillor Andrew Vennard", att="apologies"),
        A("Inspector Mark Stephen", None, "Police Scotland", "apologies"),
    ],
    sections=[
        S(
            "1",
            "APOLOGIES FOR ABSENCE",
            [
                P(
                    "",
                    "The Chair welcomed everyone to the meeting and general introductions were made",
                ),
                P("", "Apologies for absence were intimated on behalf of"),
            ],
        ),
        S(
            "2",
            "DECLARATIONS OF INTEREST (IF ANY)",
            [
                P("", "There were no declarations of interest intimated"),
                P("", "The Chair ruled and the Group agreed to vary the order of business"),
            ],
            [
                "the Group agreed to vary the order of business in order to facilitate officer attendance"
            ],
        ),
        S(
            "3",
            "MINUTES",
            [
                P("(a)", "Oban, Lorn and the Isles Community Planning Group - 16 August 2018"),
                P(
                    "",
                    "The minute of the meeting of the Oban, Lorn and the Isles Community Planning Group held on Thursday, 16 August 2018 was approved",
                ),
            ],
            ["was approved as an accurate record subject to a change at item 1"],
        ),
        S(
            "4",
            "MATTERS ARISING",
            [P("", "The Group considered an update on the management of defibrillators")],
        ),
    ],
)

# --- 4. LLTNP Community Partnership, board, 22 January 2015 -----------------------------------
MEETINGS["lltnp-cp-2015-01-22"] = dict(
    source="Loch Lomond & The Trossachs National Park Community Partnership, minutes of the board meeting of "
    "22 January 2015 (https://docsbay.net/celia-burn-in-the-chair-the-meeting-started-at-1-30pm), its opening "
    "to the end of 1.2; the page's heading '1. Introduction and Apologies' restored from the same body's 2014 "
    "minutes (the excerpt has it as 'Agenda Item / Narrative- Introduction and Apologies', its table lost)",
    body_kind="national park community partnership (community-led company working with a Scottish national park authority)",
    board="LLTNP Community Partnership",
    date="2015-01-22",
    attendees=[
        A("Celia Burn", "Chair"),
        A("Owen McKee", "Director"),
        A("Alan Smailes", "Director"),
        A("Iain MacInnes", "Director"),
        A("Sheila Winstone", "Director"),
        A("Gordon Donaldson", "Co-opted Director"),
        A("Allyson Blue", "Director"),
        A("Carol Hemfrey", "Director"),
        A("Ronnie MacDonald", "Director"),
        A("Hannah Robinson", "NP Sustainable Development Officer"),
        A("Marie Harvey", "CP Support Officer"),
        A("Tom Wallace", "CP Development Officer"),
        A("Kelly Clapperton-Bates", "Strathfillan Community Development Officer"),
        A("Nicola Rourke", "CP Comm's Intern"),
        A("Peter Galliard", "Director", att="apologies"),
        A("Kate Sankey", "Vice Chair", att="apologies"),
        A("Elizabeth Bain", "Treasurer", att="apologies"),
    ],
    sections=[
        S(
            "1",
            "Introduction and Apologies",
            [
                P("1.1", "Welcome"),
                P("", "Celia commenced the meeting by welcoming the Board including Hannah"),
                P("1.2", "Appointment of office bearers"),
                P("", "Celia proceeded with the formal procedure of appointing office bearers"),
                P("", "At the last Board meeting it was recorded that office bearers"),
                P("", "Celia as Chair First: Alan Seconded: Owen"),
                P("", "Kate as Vice-Chair First: Owen Seconded: Sheila"),
                P("", "Elizabeth as Treasurer First: Iain Seconded: Carol"),
                P(
                    "",
                    "Celia added that the re-appointment process would normally have taken place",
                ),
            ],
            [
                "Celia as Chair First: Alan Seconded: Owen",
                "Kate as Vice-Chair First: Owen Seconded: Sheila",
                "Elizabeth as Treasurer First: Iain Seconded: Carol",
            ],
        ),
    ],
)

# --- 5. Northern Ireland Policing Board, 1 October 2020 ---------------------------------------
PSNI, NIPB = "Police Service of Northern Ireland", "Northern Ireland Policing Board"
MEETINGS["nipb-2020-10-01"] = dict(
    source="Northern Ireland Policing Board, minutes of the Board meeting of 1 October 2020 "
    "(https://docslib.org/download/4752500/policing-board-minutes-1-october), its opening to item 3; the "
    "label column (PRESENT:, ABSENT:, the bodies' 'IN ATTENDANCE' labels) and the attendance markers (1)-(4) "
    "in a column of their own as the PDF lays them out; 'Three Board Officials' is no person",
    body_kind="police oversight board of Northern Ireland, full board meeting (its committees are in an earlier set)",
    board="Northern Ireland Policing Board",
    date="2020-10-01",
    attendees=[
        A("Mr Doug Garrett", "Chair"),
        A("Dr Tom Frawley", "Vice-Chair"),
        A("Mr Michael Atkinson"),
        A("Mr John Blair MLA"),
        A("Mr Tom Buchanan MLA"),
        A("Mr Trevor Clarke MLA"),
        A("Dr Janet Gray"),
        A("Mr Edgar Jardine"),
        A("Mrs Dolores Kelly MLA"),
        A("Mr Gerry Kelly MLA"),
        A("Ms Liz Kimmins MLA"),
        A("Mr Seán Lynch MLA"),
        A("Ms Carmel McKinney"),
        A("Mr Colm McKenna"),
        A("Mr Frank McManus"),
        A("Mr Mike Nesbitt MLA"),
        A("Mr Mervyn Storey MLA"),
        A("Mrs Joanne Bunting MLA", att="absent"),
        A("Mr Simon Byrne", "Chief Constable", PSNI, "in_attendance"),
        A("Mr Mark Hamilton", "Deputy Chief Constable", PSNI, "in_attendance"),
        A("Mr Mark McEwan", "Assistant Chief Constable", PSNI, "in_attendance"),
        A("John McCaughan", "Superintendent", PSNI, "in_attendance"),
        A(
            "Mr Matt Parr",
            "Her Majesty's Inspector",
            "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
            "in_attendance",
        ),
        A("Mrs Amanda Stewart", "Chief Executive", NIPB, "in_attendance"),
        A("Ms Aislinn McGuckin", "T/Director of Police Administration", NIPB, "in_attendance"),
        A("Mr Adrian McNamee", "Director of Performance", NIPB, "in_attendance"),
        A("Ms Jenny Passmore", "Director of Resources", NIPB, "in_attendance"),
        A("Ms Dympna Thornton", "Director of Partnership", NIPB, "in_attendance"),
        A("Mr John Wadham", "Human Rights Advisor", NIPB, "in_attendance"),
        A("Ms Deirdre Toner", att="apologies"),
    ],
    sections=[
        S(
            "1",
            "APOLOGIES",
            [
                P("", "Apologies were received from Ms Deirdre Toner"),
                P("", "The Board agreed the Agenda for the meeting"),
            ],
            ["The Board agreed the Agenda for the meeting"],
        ),
        S(
            "2",
            "CONFLICTS OF INTEREST",
            [
                P(
                    "",
                    "A Member declared a potential conflict of interest in relation to agenda item 7.3",
                )
            ],
        ),
        S(
            "3",
            "MINUTES OF THE MEETING HELD ON 3 SEPTEMBER 2020",
            [P("", "It was RESOLVED")],
            ["That the minutes of the Board meeting held on 3 September 2020 be approved"],
        ),
    ],
)

# --- 6. Levels and Moors Local Community Network (Somerset), 19 June 2023 --------------------
SC = "Somerset Council"
MEETINGS["somerset-lcn-2023-06-19"] = dict(
    source="Somerset Council, Levels and Moors Local Community Network, minutes of its first meeting at Curry "
    "Rivel Village Hall (https://democracy.somerset.gov.uk/ieListDocuments.aspx?CId=891&MId=6984), items 1-3; "
    "the page shows no date: 19 June 2023 from the next meeting's minutes (MId=7067: 'the previous meeting held "
    "on 19th June 2023'), the name from its slides ('Levels and Moors Sept '23'); the apologies list cut after 7 "
    "names where the excerpt ends; the agenda's own notes under each item left out",
    body_kind="local community network (a unitary council's area forum of councillors, parish councils and partners, England)",
    board="Levels and Moors Local Community Network",
    date="2023-06-19",
    attendees=[
        A("Cllr Alan Bradford", None, SC, "apologies"),
        A("Cllr Tim Kerley", None, SC, "apologies"),
        A("Cllr Norman Cavill", None, SC, "apologies"),
        A("Cllr David Fothergill", None, SC, "apologies"),
        A("Cllr Bill Revans", None, SC, "apologies"),
        A("Philip Edge", None, "Langport and Somerton Transport group", "apologies"),
        A("Cllr Gerard Tucker", None, "Aller Parish Council", "apologies"),
    ],
    sections=[
        S(
            "1",
            "To appoint the Chair of the Local Community Network",
            [
                P("", "Nominations"),
                P(
                    "1",
                    "Cllr Sean Dromgoole - nominated by Rupert Cox, seconded by Cllr Jane Redfearne",
                ),
                P(
                    "2",
                    "Cllr Richard Wilkins – nominated by Cllr Mike Stanton, seconded by Cllr Adam Dance",
                ),
                P("", "Resolved: Cllr Sean Dromgoole – 8 in favour"),
                P("", "Cllr Richard Wilkins – 23 in favour"),
                P(
                    "",
                    "Cllr Richard Wilkins was duly elected as the Chair of the Local Community Network",
                ),
            ],
            ["Cllr Richard Wilkins was duly elected as the Chair of the Local Community Network"],
        ),
        S(
            "2",
            "To appoint the Vice-Chair of the Local Community Network",
            [
                P("", "Nominations"),
                P(
                    "1",
                    "Cllr Anthony Betty of Othery Parish Council - nominated by Cllr Diogo Rodrigues",
                ),
                P("2", "Cllr Louise Clarke of Martock Parish Council – self nomination"),
                P("", "Resolved: Cllr Anthony Betty – 17 in favour"),
                P("", "Cllr Louise Clarke - 11 in favour"),
                P(
                    "",
                    "Cllr Anthony Betty was duly elected as Vice-chair of the Local Community Network",
                ),
            ],
            ["Cllr Anthony Betty was duly elected as Vice-chair of the Local Community Network"],
        ),
        S("3", "Apologies for Absence", [P("", "Apologies for absence were received from")]),
    ],
)

FORMATS = {}  # name -> {fmt: features}, filled by make_files.py's LAYOUTS


def write(layouts):
    for name, fmts in layouts.items():
        m = MEETINGS[name]
        for fmt, features in fmts.items():
            key = {
                "file": f"{name}.{fmt}",
                "source": m["source"] + ", made by the outside tester (QA, 7 December 2026)",
                "body_kind": m["body_kind"],
                "features": features,
                "board": m["board"],
                "date": m["date"],
                "attendees": m["attendees"],
                "sections": m["sections"],
            }
            (HERE / f"{name}-{fmt}.expected.json").write_text(
                json.dumps(key, indent=1, ensure_ascii=False) + "\n"
            )
