"""Issue 15's "never silently wrong", measured on the real minutes (tests/data/real*): of each set's
elements the reader gets wrong, how many the file's lines to check name (flagged) and how many
nothing says is wrong (silent); and how many elements read right a doubt names (false alarms), so
that flagging every line cannot pass for knowing which are wrong. How a miss is matched to a line
to check is in tests/real_minutes.py's docstring. The counts are printed on every run; each set's
silent count is held under a ceiling, a ratchet the other way from the floors."""

import pytest

from tests.meetings.test_real_minutes import SETS
from tests.real_minutes import score_all, silence, silent_misses

# Each set's silent misses when last lowered: lower a ceiling when the reader gets better (it
# reads the element right, or says it is unsure), never raise it — a change that makes the reader
# wrong without a word has to say so under "Lines to check", or not be made. A set without a
# ceiling yet is printed and not held. 2026-12-07, helper silence: 19th 25 -> 24, 24th 23 -> 20,
# 25th 22 -> 21, 28th 25 -> 19, 29th 14 -> 12, 30th 33 -> 31 (a body's name without
# the meeting's words around it, or doubted; actions under 'Actions' owned by initials; an
# attendee's action in capitals). Then 19th 24 -> 23, 25th 21 -> 18: a body named for a nation
# ('Scottish Government', 'North Wales') read as a person is doubted. 18th 19 -> 15: an item's
# usual title with its text after a comma (a table's row as one line) is doubted.
# 2026-12-07, helper silence2: 5th 8 -> 7, 15th 11 -> 10, 18th 15 -> 13, 20th 19 -> 16, 27th
# 28 -> 27, 28th 19 -> 17, 30th 21 -> 17, 32nd 29 -> 28 (a body's short acronym after a name,
# 'IGEN', read as the body; 'Chair, Tina Funnell' and an item's heading read as a person
# doubted; a document's sub-headings above the first item read named). Then 27th 27 -> 23: an
# item's usual title, a colon or semicolon and its text ('2) Matters Arising; None') split.
# 2026-12-07, helper silence: holdout 8 -> 6, 10th 20 -> 17 (a name run into the next cell's
# words, 'Mr I MilesGrant Thornton', ends there), 20th 15 -> 11 (attendance headings side by
# side, 'Trustees present | Trustees apologies'). Later, helper silence: 9th 3 -> 2, 15th 9 -> 8,
# 18th 12 -> 11, 19th 22 -> 20, 28th 13 -> 12, 32nd 17 -> 16, 38th 13 -> 12, 41st 46 -> 45 (a
# body's name of one word cut from a longer heading line, 'Board minutes: ...', and an item's
# title stopping mid-phrase, 'Minutes of' / 'Meeting held on', doubted); 36th 33 -> 28 (those,
# and the presenter's post after most items' titles, 'Welcome Chairman', taken off them).
# 2026-12-08, helper silence: 28th 12 -> 11, 36th 23 -> 18, 43rd 57 -> 54, 45th 35 -> 34, 46th
# 42 -> 40 (a post or body read of two people's names alone or more, 'Richard Davis, Dave
# Prothero', 'Chairman, Graham Bell, Robert Hoskin', doubted).
SILENT_CEILINGS = {
    "main": 1,
    "holdout": 6,
    "fresh": 9,
    "fresh-2": 5,
    "fresh-3": 2,  # 3; a list with posts in brackets holding commas (set44) 2
    "fresh-4": 3,
    "fresh-5": 7,
    "fresh-6": 0,
    "fresh-7": 4,
    "fresh-8": 7,
    "fresh-9": 2,
    "fresh-10": 17,
    "fresh-11": 21,
    "fresh-12": 0,
    "fresh-13": 10,
    "fresh-14": 15,
    "fresh-15": 8,
    "fresh-16": 0,  # 1 -> 0 at an apologies item's names kept as its text (7 December)
    "fresh-17": 4,  # 5; 4 with a dash typed against a name (set48)
    "fresh-18": 10,  # 13 -> 12 at set33's styles (7 December)
    # 10 with an item's heading read as a paragraph of the item above doubted (silence8)
    "fresh-19": 20,
    "fresh-20": 10,  # 16 -> 15 at set33's body name above the attendance; 11 (silence); 10
    "fresh-21": 9,
    "fresh-22": 14,
    "fresh-23": 4,  # 7 -> 4 at a list under a long numbered title read apart (silence)
    "fresh-24": 20,
    "fresh-26": 8,  # 9; 8 with a PDF heading's date wrapped before its year (Oban)
    "fresh-25": 18,
    "fresh-27": 22,
    "fresh-28": 11,  # 16 -> 13 at a title over the first sentence among the attendees (7 December)
    # before: 17 -> 16 at set33's body name above the attendance (7 December)
    "fresh-29": 5,  # 6 -> 5 at an apologies item's names kept as its text (7 December)
    "fresh-30": 6,  # 17 -> 9 at items set as headings (7 December); 8 decisions' labels; set40 6
    "fresh-31": 7,
    "fresh-32": 13,  # 21 -> 20 at the scorer's BEM as an honour (7 December); 14, 13 (silence7)
    "fresh-33": 29,  # first 51 (4e3ec62); 46, 45, 42 set33's rules, 35 Attendees, 29 wraps
    "fresh-34": 3,  # 51 first ... styles' article 8, 'Agenda items 1:' 7, 'DECISION/-' 3
    "fresh-35": 2,  # first (04f1e37) 96; 95 CCGs' key; 22 F1; 20 italics; 13 elected; F2 5; 3; F5 2
    "fresh-36": 16,  # first (49f2333) 50; 47 'Present | Representing'; 44 'Board:'; 36; 34; 33
    # 28; 23 with a group's label after the apologies ('Executive Directors:')
    # 18 (59ea72a); 16 with a dash typed against a name ('Sean Mclean- ...'; set48)
    "fresh-37": 22,  # first 57; opening lists 52; officers 51; last 42; SMacK 41; A, B 40; 37;
    # 22 with an item's heading read as a paragraph of the item above doubted (silence8)
    # fresh-37: 24 with bullets that are items' titles read as items (Knoydart)
    # fresh-38: 25 at 23d6dd4 (an action log linked to the minutes' actions, a wrapped first line)
    # fresh-38: 13 at 'DECISION' alone over what was decided (misses; 20 at 074823b without it)
    # fresh-38: first (9a473db) 43; officers' posts 41; groups' councils 37; 'Representing X'
    # rows 33; posts' holders 30; 'Community Councillors' 29; wrapped entries 24
    "fresh-38": 12,
    # fresh-39: first (a578c3b) 74; papers' notes, officers of the board, wrapped labels 56;
    # posts before initials, Mc initials 54; names run together, a post before a name 45;
    # 44; lettered sub-items over paragraphs numbered through each a section 33; a heading
    # closed by a colon over prose before the items an item ('Preliminary issues:') 29
    "fresh-39": 29,
    "fresh-40": 51,  # first (908baea) 131; set40's rules 84; churches in brackets 59; 57; 51
    "fresh-41": 15,  # first (7a11943) 51; two names alone, cells a person each 46;
    # 45; an items table under "ACTION" alone 29; an item's number again in capitals 28;
    # an apologies line doubted where only another's surname was read from it 20
    # 15 with a paragraph numbered as a skipped item doubted (silence8)
    "fresh-42": 27,  # first (a1f31b6) 37; set42's table, tally and actions-list rules 34;
    # an officer's address over 'Title : text' minutes no item 33; 'GDP' a post 28
    # 27 with 'Alistair Geddes-Mid Galloway' a person and a body (set48)
    "fresh-43": 54,  # first (a1f31b6) 62; an 'Action' header's items, two posts a row 59;
    # 'ACTION Justine/Su' with no stop before it, '- Annual General Meeting -' 57
    "fresh-44": 18,  # first (6068e42) 97; 'Label: text' items, a closing actions table 71
    # 56 with a post that is a list of initialled names doubted ('N Kelleher, R Tinsley, ...');
    # 48 with headings over bullets, 'ACTION: names' lines, posts holding commas (set44);
    # 43 with 'GDP' a post and 'Action: S Robb' an owner (qafix); 22 with an items table's
    # titles as labels opening the minutes ('Hospital : Ginny ...'), people parted by stops;
    # 18 with '5. Resolutions.' after lettered reports an item
    "fresh-45": 34,  # first (1c75863) 43; set45's rules (05e80b2 to 039ad50) 35
    "fresh-46": 31,  # first (1c75863) 118; minutes numbered through the year, 'Directors:' 73
    # 63 with an item's heading read as a paragraph of the item above doubted (silence8)
    # ('MATTERS ARISING SMc reported ...', Ainsdale's bowls section); 62 with those headings
    # in capitals read as items (set46); 52 with couples under one surname ('B& J Townsend');
    # 42 with a hyphen glued to its point a bullet ('-Confidentiality emphasized', leftovers);
    # 31 with an apologies item's lines by body its apologies ('Cheshire: John Clark, ...')
    "fresh-47": 41,  # first (56cd1b2) 116
    # 91 with a centred title wrapped by the page, a folio over the title (qafix); 72 with
    # minutes numbered through the year (set46)
    # 71 with a sentence under an attendance table no one's post (qafix)
    # 56 with 'n. Question - decision' lines a list of items (qafix)
    # 55 with '- attached' no post and 'There were no matters arising.' no 'nobody' (qafix)
    # 54 with a body's name over two lines above its dated title (qafix)
    # 42 with apologies counted then named in prose (qafix)
    # 41 with a running header's initials over the body named in full ('WSFRL AGM', leftovers)
    "fresh-48": 28,  # first (41c3c48) 88; 42 (below); 32 with 'Ed Sharkey-Barton Parish
    # Council' a person and a body (set48); 30 with a list's 'name - body' line over its
    # last, stopped one no heading (set48); 29 with 'Action: E Sharkey' under two sentences
    # the one 'E Sharkey to ...' (set48); 28 with 'Elizabeth (Liz) Steele (LS)' one person
    # 63 with a column beside titled names where each comes from (set48)
    # 59 with people side by side in a row, each name's initials after it (silence)
    # 42 with 'Item 10' over the title the paper the minutes were filed as (set48)
    "fresh-49": 50,  # first (41c3c48) 91; '05/24-1 Title. Text' minutes (set49) 83
    # 66 with lines titled before a semicolon items ('Finance; Statement from ...', set49)
    # 51 with an association's numbered paragraphs its items ('1. Notice of AGM. ...', set49)
    # 50 with the chair named as presiding in the opening sentence (set49)
    "fresh-50": 35,  # first (ced9707) 35
}

# Elements read right that a warning or a line not placed names, over every set. Held too, so that
# silence is not bought by warning about everything: raised only by a change whose flags name more
# wrong elements than right ones (said in its commit), lowered when warnings get more precise.
# 423 at d57f5a7 (its ceiling 427); 6 more with no doubt added: the twenty-second set's
# unmarked actions and first unnumbered heading, read right after a dash label, still say 'check'.
# 429 at de9e489 (its ceiling 429); 2 more with no doubt added: a doubt on a whole 'In
# Attendance:' line (one role there rightly doubted) names two people now read with their firm.
# 406 at silence2's change on c86f52f: an action owned by a post, a body or a group ('Clerk',
# 'Director of Public Health', 'Board') is no missing attendee; paragraphs 1.1 under a heading
# written '1.0' are in its section wherever it stands; prose apologies from two people read.
# 373 at silence2's second change on b82b952: a ModernGov item's agenda text above 'Minutes:' is
# listed as left out (as page furniture is), not as a doubt.
# 358 at silence2's third change on 73321d2: an item's usual title run into its text
# ('Apologies for Absence On a PROPOSAL by ...') is read with no doubt.
# 353 at 1802923: misses2's rules read right elements that doubts had named (a flood forum's time
# and place, a youth parliament's items), less one: the board's 'check' line now names the right
# board.
# 365 at 8bcc4cb with the twenty-fifth set added: its first score's 12 false alarms (no reader
# change; the other sets' 353 as they were).
# 378 at 1babf60 with the twenty-fourth set added: its first score's 13 false alarms (no reader
# change; the other sets' 365 as they were).
# 379 at set25's second change on e5d32cf: headings numbered 'MM/YY/NN', shaped like dates, read
# as items where the numbers run on; the twenty-fourth set's '15/06/19' file read 9 -> 28 of 32,
# one doubt there now naming an element read right.
# 380 at set24's first rules on 9170125: the twenty-fourth set read 151 -> 220 of 322 (items
# numbered '1/', a dated page title, a paper's 'Agenda item 2', '2. Apologies.'); doubts already
# there now name 15 of its right elements (14 before) while naming 52 wrong ones.
# 403 at c98f1a2 with the twenty-sixth set added: its first score's 23 false alarms (no reader
# change; the other sets' 380 as they were).
# 391 at misses3's second change on ceed7b6: a list of people in prose apologies ends at 'and'
# before a word in lower case ('... from Cllr A and in accordance with ...'), so the doubts on
# a role run on to the sentence's end ('and in accordance with ...') are no longer raised.
# 394 at set25's fourth change on be02a35: a heading's date without its year ('Tuesday 26 May')
# dated from the minutes' other dates and 'Minutes:  Name' no title, the twenty-fifth set's
# inspectorate board read 10 -> 25 of 30; its doubts now name 3 elements read right (the year's
# check on the date line, and two people named in its opening paragraph, still not placed).
# 402 at set24's second rules on fa3272c: the twenty-fourth set's covenant board,
# minutes as an untitled table of items, read at all (refused before): its apologies line's
# doubts (military ranks before names) name 7 right and 11 wrong elements; one more names a
# member listed twice.
# 401 at set25's fifth change on 34b4a65: the hearings board's people read, a doubt on them gone.
# 402 at silence's 'Invited:' rule: the rail partnership's members under 'Invited:' read
# present, those giving 'Apologies from ...' as apologies (8 more elements right, 4 of them silent
# before); three of them, now right, are named by the doubts their roles' '(AT)' marks already
# raised; two fewer on the parish meeting whose 'Apologies received from Cllrs ...' are now read.
# 400 at set25's seventh change on 6599eca: a page title 'X minutes: January 2025' names X; the
# sixth set's two doubts on its board's line gone with it.
# 398 at misses3's fifth change: a numbered title in capitals may be up to 24
# words ('3. TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY,
# 2017'), the doubts on it as a paragraph gone.
# 399 at set26's list bodies on a0f6c36: a short list read by the bodies of the lists above
# it; the twenty-fourth set's Mr Dapling, flagged wrong before, is read right under the doubt
# that named him (every other alarm as it was).
# 404 at 3d96734 with the twenty-seventh set added: its first score's 5 false alarms (no
# reader change; the other sets' 399 as they were).
# 419 at 3d96734 with the twenty-eighth set added: its first score's 15 false alarms
# (no reader change; the other sets' 404 as they were).
# 423 at 72a0aab with the twenty-ninth set added: its first score's 4 false alarms (no reader
# change; the other sets' 419 as they were).
# 427 at 61eee21 with the twenty-eighth set's Lisburn PDF made right (its 'PRESENT:' cell
# printed ' // ' where the source breaks the cell's lines): 4 of its elements now read right are
# named by its doubts (the board taken as the committee, not the council; 'Right Worshipful');
# the other sets' 423 as they were.
# 425 at misses5's first rules on 61eee21: the mental health trust's governors read (their
# untitled items and prose apologies) and a name cut by a line's wrap joined with no doubt;
# the nature reserve board's Mr Gadd, read right now, is named by the doubt on his role.
# 424 at set29's first rules on d54f194: the youth council's officers read one by one, so the
# doubt that an action's owner ('Beckie') is no attendee, which named a right action, is gone.
# 431 at a3c831f with the thirtieth set added: its first score's 7 false alarms (no
# reader change; the other sets' 424 as they were).
# 437 at 607e329 with the thirty-first set added: its first score's 6 false alarms (no reader
# change; the other sets' 431 as they were).
# 436 at set31's first rules on f72f7d5: the thirty-first set's right elements named by a doubt
# 6 -> 5 (its attendees read from their tables); the other sets' 431 as they were.
# 453 at e45309d with the thirty-second set added: its first score's 17 false alarms (no
# reader change; the other sets' 436 ceiling as it was, 432 counted).
# 453 at silence2's change on 68d7f44 (451 before it; the ceiling not raised): the doubt on a
# role that is an office then a bare name ('Chair, Tina Funnell', 'Chair and Joe Morrow') names
# the two people on each line, four elements read wrong, and the line's apologies paragraph,
# twice read right.
# 458 at 1065d36 with the thirty-fourth set added: its first score's 5 false alarms (no
# reader change; the ceiling before it 453).
# 470 at 4e3ec62 with the thirty-third set added: its first score's 12 false alarms (no
# reader change; the other sets' 458 ceiling as it was).
# 472 at 04f1e37 with the thirty-fifth set added: its first score's 2 false alarms (no reader
# change; the other sets' 470 ceiling as it was, 469 counted).
# 474 at 49f2333 with the thirty-sixth set added: its first score's 2 false alarms (no reader
# change; the other sets' 472 ceiling as it was).
# 487 at 49f2333 with the thirty-seventh set added: its first score's 13 false alarms
# (no reader change; the ceiling before it 474).
# 493 at 9a473db with the thirty-eighth set added: its first score's 6 false alarms
# (no reader change; the ceiling before it 487).
# 508 with the fortieth set added: its first score's 15 false alarms at 908baea (no reader
# change; the ceiling before it 493).
# 516 with the thirty-ninth set added: its first score's 8 false alarms at a578c3b (no reader
# change; the ceiling before it 508).
# 526 with the forty-first set added: its first score's 10 false alarms at 7a11943 (no reader
# change; the ceiling before it 516).
# 528 with the forty-third set added: its first score's 2 false alarms at a1f31b6 (no reader
# change; the ceiling before it 526).
# 538 with the forty-second set added: its first score's 10 false alarms at a1f31b6 (no
# reader change; the ceiling before it 528).
# 545 with the forty-fourth set added: its first score's 7 false alarms at 6068e42 (no
# reader change; the ceiling before it 538).
# 549 with the forty-fifth set added: its first score's 4 false alarms at 1c75863 (no
# reader change; the ceiling before it 545).
# 554 with the forty-sixth set added: its first score's 5 false alarms at 1c75863 (no
# reader change; the ceiling before it 549).
# 542 at silence8's first change on c2e4df3 (554 less the 12 its change takes off; the
# headroom kept): a skipped item's number ('5. Financial Report' after '2. Minutes') is no doubt
# unless a paragraph of the item above is numbered as the skipped item (then doubted) or the
# number stands as an item's mark in a line read; 12 right items and paragraphs no longer named.
# 546 with the forty-seventh set's own first false alarms (4: 542 + 4).
# 543 at silence8's initials rule on 921b4e1 (546 counted before it, 542 after: 'LK' is PC
# Laura Kerr, a rank left out as a title is, and 'LSR' Louise Scutt-Richter, each part of her
# surname; their actions' doubts gone; one kept for the next commit's one alarm).
# 534 at silence8's third change on 9be58a2 (541 counted before it, 532 after): a name of two
# words before a body's or post's initials in capitals ('Jean Bell HMCS Magistrates Court',
# 'Geoff Brown CC') is no doubt of the name's end; 9 people read right no longer named.
# 548 with the forty-eighth set's own first false alarms (14 at 41c3c48: 534 + 14).
# 554 with the forty-ninth set's own first false alarms (6 at 41c3c48: 548 + 6).
# 581 with the fiftieth set's own first false alarms (27 at ced9707: 554 + 27).
# 577 at qafix's restricted rule on b08eabb (579 counted before it, 577 after): a heading that
# only announces private business ('Exempt Items') over 'the items on the agenda be taken in
# public' is no doubt (Maidstone's two: fresh-21, fresh-50).
# 567 at set48's glued dash on 59ea72a (576 counted before it, 567 after): 'Andrea Elton-
# WHHT', 'Peter Bodden- Wat-Com' are a person and a body, no doubted name (fresh-48's 9).
# 565 at qafix's rule on bb8bd3d (567 counted before it, 565 after): items a line each titled
# before a dash ('4) Matters arising - it was ...') name no more right lines as skipped items.
FALSE_ALARM_CEILING = 565


def test_the_silent_misses_of_each_set_stay_under_their_ceilings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    over, alarms = [], 0
    lines = ["Wrong elements flagged under 'Lines to check', and silent:"]
    scorers = [("main", score_all)] + [(name, scorer) for name, (scorer, *_) in SETS.items()]
    for name, scorer in scorers:
        scores = scorer()
        counts = silence(scores)
        alarms += counts.false_alarms
        ceiling = SILENT_CEILINGS.get(name)
        held = f"(ceiling {ceiling})" if ceiling is not None else "(no ceiling yet)"
        lines.append(f"  {name:<9} {counts} {held}")
        if ceiling is not None and counts.silent > ceiling:
            news = "\n".join(
                f"      {f}: {m.category}: {m.detail}" for f, m in silent_misses(scores)
            )
            over.append(f"{name}: {counts.silent} silent, ceiling {ceiling}; now silent:\n{news}")
    lines.append(f"  false alarms over every set: {alarms} (ceiling {FALSE_ALARM_CEILING})")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert not over, "\n".join(over)
    assert alarms <= FALSE_ALARM_CEILING
