# Content of the QA files: layouts of real UK minutes (sources in each *.expected.md), wording paraphrased.
HWB = [
    ("title", "Bournemouth, Christchurch and Poole Council"),
    ("title", "Health and Wellbeing Board"),
    ("p", "Minutes of the Meeting held on 3 December 2020 at 2.00 pm (virtual meeting)"),
    ("b", "Present:"),
    (
        "table",
        [
            ["Name", "Representing"],
            ["Cllr Nicola Greene (Chairman)", "BCP Council"],
            ["Cllr Lesley Dedman", "BCP Council"],
            ["Tim Goodson", "Dorset Clinical Commissioning Group"],
            ["Sian Thomas", "Education Representative"],
            ["ACC Mark Callaghan (substitute for James Vaughan)", "Dorset Police"],
        ],
    ),
    ("b", "Also in attendance:"),
    ("p", "Katharine Harvey, Service Director for Children, Young People and Families"),
    ("b", "Apologies:"),
    ("p", "Graham Farrant, James Vaughan and Eugine Yafele"),
    ("h", "Apologies"),
    (
        "p",
        "Tim Goodson chaired the meeting for items 68 to 70. Apologies were received from Graham Farrant, James Vaughan and Eugine Yafele.",
    ),
    ("h", "Substitute Members"),
    ("p", "ACC Mark Callaghan attended as substitute for James Vaughan."),
    ("h", "Election of Chairman"),
    (
        "p",
        "Councillor Nicola Greene was nominated and seconded as Chairman and there were no other nominations.",
    ),
    (
        "p",
        "RESOLVED that Councillor Nicola Greene be elected Chairman for the remainder of the municipal year.",
    ),
    ("h", "Declarations of Interests"),
    ("p", "There were no declarations of interest."),
    ("h", "Better Care Fund Plan 2020/21"),
    (
        "p",
        "The Board considered the Better Care Fund plan. In discussion the following points were made:",
    ),
    ("n1", "hospital discharge numbers had risen sharply since October;"),
    (
        "n1",
        "the Board wished to see the plan's targets for delayed transfers of care, and in particular:",
    ),
    ("n2", "the monthly figures for Poole Hospital; and"),
    ("n2", "the effect of the winter funding;"),
    ("n1", "care home capacity remained under pressure."),
    (
        "p",
        "Action: Director of Public Health to circulate the delayed transfer figures to Board members by 31 January 2021.",
    ),
    ("p", "RESOLVED that the Board approves the Better Care Fund plan for 2020/21."),
    ("h", "Pharmaceutical Needs Assessment - exempt item"),
    (
        "p",
        "This item was considered in private (not for publication by virtue of paragraph 3 of Schedule 12A).",
    ),
    ("p", "RESOLVED that the recommendation in the exempt report be agreed."),
]

COURT = [
    ("title", "UNIVERSITY OF ABERTAY DUNDEE"),
    ("title", "UNIVERSITY COURT"),
    (
        "p",
        "Minutes of the meeting of the Court held on Tuesday 25 June 2019 at 4.00 pm in the Board Room, Kydd Building",
    ),
    (
        "p",
        "Present: Mrs Jane Ramsay (Chair), Professor Nigel Seaton (Principal), Mr Ian Douglas, Dr Amanda Reid, Ms Keira Cahill (Student President)",
    ),
    ("p", "In attendance: Mr David Blair (University Secretary), Ms Lorna Mackay (Clerk to Court)"),
    ("p", "Apologies: Mr Robert Stewart, Professor Ann Liddle"),
    ("h", "Welcome and Apologies"),
    ("n1", "The Chair welcomed members and noted the apologies above."),
    ("h", "Minutes of the Previous Meeting"),
    (
        "n1",
        "The minutes of the meeting held on 26 March 2019 were approved. With reference to Minute 41/19 (estates strategy), the Secretary reported that the consultation had closed.",
    ),
    ("h", "Principal's Report (Paper A)"),
    (
        "n1",
        "The Principal presented his report, highlighting the results of the National Student Survey.",
    ),
    (
        "n1",
        "Court asked for an analysis of the survey results by school. Action: University Secretary to present the analysis at the October 2019 meeting.",
    ),
    ("n1", "Court noted the report."),
    ("h", "Financial Forecast 2019-2022 (Paper B)"),
    (
        "n1",
        "The Director of Finance introduced the forecast, which had been reviewed by the Finance and Policy Committee.",
    ),
    ("n1", "Court approved the financial forecast for submission to the Scottish Funding Council."),
    ("h", "Reserved Business: Senior Staff Remuneration (Paper C) (confidential)"),
    (
        "n1",
        "Staff members of Court left the meeting for this item. Court approved the recommendations of the Remuneration Committee.",
    ),
    ("h", "Date of Next Meeting"),
    ("n1", "The next meeting will be held on Tuesday 8 October 2019 at 4.00 pm."),
]

DOCX = [
    dict(
        name="bcp-hwb-2020-12-03",
        start=68,
        lvl0="%1.",
        fmt1="lowerLetter",
        lvl1="(%2)",
        body=HWB,
        footer="Chairman ...................................",
    ),
    dict(
        name="abertay-court-2019-06-25",
        start=1,
        lvl0="%1.",
        fmt1="decimal",
        lvl1="%1.%2",
        body=COURT,
        header="Court 25.06.19 \u2013 Minutes (approved)",
    ),
]

CSS = """@page { size: A4; margin: 2cm; @top-right { content: "Hopeman Harbour Trust"; font-size: 8pt }
 @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt } }
 body { font-family: DejaVu Sans, sans-serif; font-size: 10.5pt; line-height: 1.35 }
 h1 { font-size: 14pt; text-align: center } h2 { font-size: 11pt; margin-top: 1em }
 td { vertical-align: top; padding: 2pt 4pt } table { border-collapse: collapse; width: 100% }
 .act { width: 18%; font-weight: bold }"""

HARBOUR = f"""<html><head><style>{CSS}</style></head><body>
<h1>HOPEMAN HARBOUR TRUST<br>MINUTES OF THE BOARD MEETING</h1>
<p>Held in the Harbour Office, Hopeman, on Wednesday 13th September 2017 at 7.00 p.m.</p>
<p><b>Trustees present:</b> Mr A. Grant (Chairman), Mrs E. McKenzie, Mr J. Stewart, Mr P. Coull, Cllr D. Ross (Moray Council)</p>
<p><b>Also present:</b> Mrs S. Wilson (Harbour Master), Mr R. Allan (Secretary)</p>
<p><b>Apologies:</b> Mr T. Main</p>
<h2>Minute 38/17 &nbsp; Minutes of previous meeting</h2>
<p>The minutes of the meeting of 14th June 2017 were approved, proposed by Mrs McKenzie and seconded by Mr Stewart.</p>
<h2>Minute 39/17 &nbsp; Matters arising</h2>
<p>(a) Slipway repairs: the contractor had completed the work within budget (see Minute 27/17).</p>
<p>(b) Pontoon insurance: the Secretary had obtained three quotes.</p>
<h2>Minute 40/17 &nbsp; Harbour Master's report</h2>
<p>The Harbour Master reported 46 berth holders and a waiting list of 9. Silt had built up at the inner basin entrance.</p>
<table><tr><td>It was agreed that a survey of the inner basin be commissioned before the winter.</td><td class="act">ACTION: Harbour Master &ndash; by 31 October 2017</td></tr></table>
<p>{"Discussion of dredging options continued at length. " * 40}</p>
<h2>Minute 41/17 &nbsp; Finance</h2>
<p>The Treasurer's statement showed a balance of &pound;18,432.17 at 31st August 2017.</p>
<table><tr><td>Berthing fees for 2018 to rise by 3%.</td><td class="act">DECISION</td></tr>
<tr><td>Secretary to write to Moray Council regarding the harbour grant.</td><td class="act">ACTION: Secretary</td></tr></table>
<h2>Minute 42/17 &nbsp; Any other business</h2>
<p>None.</p>
<h2>Minute 43/17 &nbsp; Date of next meeting</h2>
<p>Wednesday 13th December 2017 at 7.00 p.m.</p>
<p>Signed ........................ Chairman &nbsp;&nbsp; Date ................</p>
</body></html>"""

CC_CSS = """@page { size: A4; margin: 1.8cm; @bottom-right { content: counter(page) } }
 body { font-family: DejaVu Serif, serif; font-size: 10pt } h1 { font-size: 13pt }
 table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #444; padding: 3pt; vertical-align: top }"""

CC = f"""<html><head><style>{CC_CSS}</style></head><body>
<h1>Newburgh Community Council</h1>
<p>Minutes of the ordinary meeting held on Tuesday 14 November 2023 at 7.30pm in the Tayside Institute</p>
<p>Present: Jim Reid (Chair), Fiona Hall (Secretary), Doug Pattie (Treasurer), Anne Wilson, Callum Young</p>
<p>In attendance: Cllr Andy Heer (Fife Council), PC Laura Kerr (Police Scotland), 4 members of the public</p>
<p>Apologies: Cllr Gary Holt (Fife Council)</p>
<table>
<tr><th>Item</th><th>Minute</th><th>Action</th></tr>
<tr><td>1</td><td><b>Welcome and apologies</b><br>The Chair welcomed everyone. Apologies as above.</td><td></td></tr>
<tr><td>2</td><td><b>Declarations of interest</b><br>None.</td><td></td></tr>
<tr><td>3</td><td><b>Minutes of 10 October 2023</b><br>Approved. Proposed AW, seconded CY.</td><td></td></tr>
<tr><td>4</td><td><b>Police report</b><br>PC Kerr reported 7 crimes in the period, including two thefts from sheds. Speeding on the High Street remained a concern and a speed check would be arranged.</td><td>LK</td></tr>
<tr><td>5</td><td><b>Planning</b><br>5.1 24/00312/FULL, 12 Cupar Road: no objection.<br>5.2 24/00340/LBC, Abbey House: the Council agreed to object on the grounds of loss of the original windows.</td><td><br><br>FH to submit objection by 24 November</td></tr>
<tr><td>6</td><td><b>Treasurer's report</b><br>Balance &pound;2,314.55. The grant for the Christmas lights (&pound;600) had been received.</td><td></td></tr>
<tr><td>7</td><td><b>AOCB</b><br>Callum Young raised the condition of the path to the Mugdrum. To be raised with Fife Council.</td><td>AH</td></tr>
<tr><td>8</td><td><b>Date of next meeting</b><br>Tuesday 12 December 2023, 7.30pm.</td><td></td></tr>
</table>
</body></html>"""

PDF = [("hopeman-harbour-2017-09-13", HARBOUR), ("newburgh-cc-2023-11-14", CC)]

TOWN = [
    ("title", "KINGTON TOWN COUNCIL"),
    (
        "p",
        "Minutes of the Meeting of the Full Council held at the Old Police Station, Kington on Wednesday 12th February 2020 at 7.00pm",
    ),
    (
        "p",
        "PRESENT: Cllr R. Widdowson (Mayor), Cllr E. Probert (Deputy Mayor), Cllr T. Fraser, Cllr M. Jenkins, Cllr P. Ruck",
    ),
    (
        "p",
        "IN ATTENDANCE: Mrs J. Ellis (Town Clerk), PCSO K. Price (West Mercia Police), 3 members of the public",
    ),
    ("h", "Apologies for absence"),
    ("n1", "Apologies were received and accepted from Cllr A. Law (work commitments)."),
    ("h", "Declarations of interest"),
    (
        "n1",
        "Cllr Fraser declared a personal interest in item 45/20 as a member of the Kington Walks group.",
    ),
    ("h", "Minutes"),
    (
        "n1",
        "RESOLVED: that the minutes of the meeting held on 8th January 2020 be approved and signed as a correct record.",
    ),
    ("h", "Police report"),
    ("n1", "PCSO Price reported 14 crimes in January, including 3 burglaries at outbuildings."),
    (
        "n1",
        "Members asked for extra patrols near the Recreation Ground. ACTION: PCSO Price to report back at the March meeting.",
    ),
    ("h", "Kington Walks Festival grant"),
    ("n1", "The Council considered an application for £750 towards the 2020 festival."),
    ("n1", "RESOLVED: to award a grant of £500. (Cllr Fraser took no part in the vote.)"),
    ("h", "Payments"),
    ("n1", "RESOLVED: that the schedule of payments for February totalling £8,214.60 be approved."),
    (
        "b",
        "PART II – CONFIDENTIAL: PRESS AND PUBLIC EXCLUDED under the Public Bodies (Admission to Meetings) Act 1960",
    ),
    ("h", "Staffing matter"),
    (
        "n1",
        "The Council considered a confidential report of the Town Clerk. RESOLVED: to approve the recommendation.",
    ),
    ("p", "The meeting closed at 8.45pm."),
]

DOCX.append(
    dict(
        name="kington-tc-2020-02-12",
        start=1,
        start_override=41,
        lvl0="%1/20",
        fmt1="lowerLetter",
        lvl1="(%2)",
        body=TOWN,
        footer="Signed ........................ Mayor   Date ............",
    )
)
