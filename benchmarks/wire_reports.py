"""The main event of a wire report, every field at once: how often is ``events[0]`` right?

Issue 7 measures eventwire on a private set of real wire reports: ``events[0]`` must have its event type, sub-
event type, date, place, country, killed and injured all right in at least 12 of 16. Those reports are not here,
so this benchmark runs the same check on 48 reports written for this repository (``benchmarks/data/wire-
reports.jsonl``, in three batches of 16: invented articles in the style of AP and Reuters copy, each with the
traps the issue names: a dateline that is not the event's place, a statement dated a day after the event,
background totals and earlier attacks with their own tolls, a toll update, a list of victims, a province named
as the place, a meeting with "no progress"). Each report's expected fields are what an ACLED coder would write
for its main event; a shooting with no political actor is out of ACLED's scope and has event type "none"
(docs/FORMAT.md).

    .venv/bin/python benchmarks/wire_reports.py [--data FILE] [--verbose]

Prints one line per report with the fields that are wrong (expected -> got) and the count of reports whose
``events[0]`` is right on every field, per batch. Each batch was measured once before any rule was changed
for its failures: batch 1 (written with the issue's list at hand) 8 of 16, batch 2 (written after the batch-1
fixes) 9 of 16, batch 3 (written by someone who had not seen the code, after the batch-2 fixes) 9 of 16. A
batch that rules were then fixed for is no longer a fresh check: write a new one rather than tune to these.

Batch 4 (``--data benchmarks/data/wire-reports-4.jsonl``, written by someone who had not read the code, after
the batch-3 fixes) also lists each report's quotes (``expect_quotes``: the quote's content as the text writes it
and its speaker as the article names them, or null where nobody is named). Where a report has them, the
benchmark also prints quote recall (a gold quote is found when an output quote's span covers at least half of
its characters), speaker accuracy on the found quotes whose gold speaker is named (a normalised name match; a
surname alone matches the full name), and the share of output quotes that overlap no gold quote at all (not
statements), with the missed, wrongly attributed and unmatched quotes under each report's line.

Batch 5 (``--data benchmarks/data/wire-reports-5.jsonl``, 16 reports with quotes, written without reading the code
after the batch-4 fixes; other countries and stories than batches 1-4) was measured once: 5 of 16, quote recall
63/64, speaker accuracy 53/61, output quotes matching no gold quote 7/66. Its gold speakers are the name the
article gives for the speaker's role ("a local rights group" -> the group it names next), a quote split by its
cue is two gold quotes, and a speech act with no content ("denied any involvement") is not a quote.

Batch 6 (``--data benchmarks/data/wire-reports-6.jsonl``, 16 reports with quotes in 16 countries, written without
reading the code after the batch-5 fixes, with batch 5's conventions; two have the headline on its own line, one
curly quotes; a range is its lower figure, "between six and eight" -> 6, and a toll given for both sides is summed,
"eight soldiers and at least 12 of the attackers" -> 20) was measured once, on 8a9527b: 10 of 16 (per field:
event_type 15, sub_event_type 15, date 15, location 14, country 16, killed 14, injured 13), quote recall 67/70,
speaker accuracy 52/64, output quotes matching no gold quote 6/70.

Batch 7 (``--data benchmarks/data/wire-reports-7.jsonl``, 16 reports with quotes in 16 other countries, written
without reading the code, with batch 6's conventions; two have the headline on its own line; an "according to"
attribution is a quote; a territory taken after the troops withdrew is a non-violent transfer) was measured once,
on 7fcc20c: 6 of 16 (per field: event_type 12, sub_event_type 12, date 15, location 9, country 14, killed 14,
injured 15), quote recall 54/57, speaker accuracy 46/49, output quotes matching no gold quote 6/61. Four gold
entries were then corrected for consistency (three "according to" quotes added, one sub-type), which makes the
same output 6 of 16 (event_type 13, sub_event_type 13), recall 57/60, speakers 49/52, unmatched 3/61.

Batch 8 (``--data benchmarks/data/wire-reports-8.jsonl``, 16 reports with quotes in 15 countries mostly not used
before, written without reading the code, with batch 7's conventions, as the fair check of the issue-7 and issue-8
work; three have the headline on its own line, one curly quotes, one a direct quote over two paragraphs; two are US
small-town shootings; the traps add a suburb or township of a big city, a victim's home town, a dateline capital of
another country, a role named before the name, a denial or a "blamed" with no content, "footage showed") was
measured once, on 2c8a625: 9 of 16 (per field: event_type 15, sub_event_type 15, date 16, location 11, country 15,
killed 15, injured 14), quote recall 68/71, speaker accuracy 55/57, output quotes matching no gold quote 6/73.

Batch 9 (``--data benchmarks/data/wire-reports-9.jsonl``, 16 reports with quotes in 16 countries, 14 of them not
used before, written without reading the code, with batch 8's conventions; three have the headline on its own line,
one curly quotes, one a direct quote over two paragraphs, one a quote split by its attribution; the kinds add a
looting with no casualties (killed and injured null or 0), a territory taken by a militia, a martial-arts gang fight
(mob violence), an agreement signed in a third country, and the traps add a dateline capital of another country for
four reports, a district or commune named before the town, a toll of survivors "still being treated", a death in
custody before a riot, two sides' tolls to sum, and a background shooting with its own toll) was measured once, on
b3ab5c0: 7 of 16 (per field: event_type 13, sub_event_type 13, date 15, location 12, country 14, killed 14,
injured 13), quote recall 76/78, speaker accuracy 59/61, output quotes matching no gold quote 5/79. Two gold
quotes were then added for consistency ("which Burundi says is backed by Rwanda", "denied that the town had
fallen": speech acts with content), which makes the same output recall 78/80, speakers 61/63, unmatched 3/79.

Batch 10 (``--data benchmarks/data/wire-reports-10.jsonl``, 16 reports with quotes in 16 countries, none of them
used in batches 8 or 9, written without reading the code, with batch 9's conventions; three have the headline on
its own line; the lead names the place in other ways: "on the road between X and Y", "X, a village in ...", a
district named before the village, "outside X", "the X area of Y", "near X", "X, a commune on the northern edge of
Y", "on the northern outskirts of" the capital, the place only in the second paragraph, an agreement signed abroad
reported from the home capital; the kinds add a grenade attack, a protest dispersed with two sides' injuries to sum,
live fire on protesters with a toll update, and an arrest over a protest held two days before) was measured once,
on b3ab5c0: 5 of 16 (per field: event_type 14, sub_event_type 14, date 16, location 10, country 15, killed 14,
injured 11), quote recall 79/81, speaker accuracy 61/68, output quotes matching no gold quote 7/83. Two gold quotes
were then added for consistency with batch 9 ("that workers say will cut their pensions", "Rwanda denies U.N.
findings that it backs the group": speech acts with content), which makes the same output recall 81/83, speakers
62/69, unmatched 5/83. One gold entry was later corrected for consistency with the codebook (force "against peaceful
protesters"), the dev set's ACLED gold (every protest with tyres burnt or roads blocked is a riot) and batch 9's
Makeni (roads "blocked with burning tires"): live fire on protesters who had blocked roads and burned tyres, and by
the police's account stoned a police station, is a violent demonstration, not excessive force (on 72adfdc the batch is
then 16 of 16).

Batch 11 (``--data benchmarks/data/wire-reports-11.jsonl``, 16 reports with quotes in 16 countries, none of them
used in batches 9 or 10 but the US, written without reading the code, with batch 10's conventions; three have the
headline on its own line, one a direct quote over two paragraphs; the lead names the place as "the X district of Y
province", "X, a town/village/commune in ...", "near X", "on Route 7 between X and Y", the place only in the
second paragraph, a US city named like a country ("Lebanon, a city ... in Wilson County, Tennessee"), an agreement
signed abroad reported from the home capital, a town retaken reported from a third country's capital; the tolls
add "a child and two women", "dozens" wounded (12), a range (lower figure), an update, two groups' injured to
sum; the dates "overnight" (either day accepted), "late Friday", "on Sunday night", "earlier this week" told as
Tuesday further down; and a film title, a chanted slogan and a banner that read "..." that are not quotes) was
measured once, on 9810ed5: 8 of 16 (per field: event_type 14, sub_event_type 14, date 15, location 10, country 14,
killed 15, injured 14), quote recall 84/84, speaker accuracy 59/69, output quotes matching no gold quote 2/83. One
gold entry was then corrected (farmers who stoned police while blocking a road: a violent demonstration, not a
protest with intervention), which makes the same output 8 of 16 (event_type 15, sub_event_type 15).

Batch 12 (``--data benchmarks/data/wire-reports-12.jsonl``, 16 reports with quotes in 16 countries, none of them
used in batches 10 or 11 but the US, written without reading the code, with batch 11's conventions; three have the
headline on its own line, one a direct quote over two paragraphs; the lead names the place as "near X, a town in the
Y zone of Z region" under another country's dateline, "outside the town of X" reported from a third country's
capital, "at the X Bazaar in Y", a territory and province with the village only in the second paragraph, "X, a
rural commune in ...", "in the municipality of X in Y state", "outside the Congress building in X", "X, a
working-class suburb of the capital", "the mountain town of X" under the capital's dateline, "the Johannesburg
township of X", a US city named like a foreign capital ("Paris, the seat of Lamar County, Texas"), an agreement
signed abroad reported from the home country, a town taken reported from a third country's capital; the tolls add
a range (lower figure), an update, "dozens" killed (12), a list of victims, "a child and two women" wounded, two
sources' injured to sum, a background toll of an earlier attack; the dates "on Sunday" published on Tuesday, "on
Tuesday" published on Wednesday, "on Sunday night", "overnight from Saturday to Sunday" (either day accepted),
"late Wednesday", "earlier this week" told as Monday further down; the quotes add a role named and the person
named two sentences later, a newspaper as speaker, residents nobody names; and a sign that read "...", a chanted
slogan and an operation's code name that are not quotes) was measured once, on d2bfc0b: 10 of 16 (per field:
event_type 13, sub_event_type 13, date 15, location 13, country 16, killed 16, injured 13), quote recall 87/88,
speaker accuracy 63/70, output quotes matching no gold quote 9/96. Two gold quotes were then added for consistency
with batch 9 (a movement "which accuses foreigners of taking jobs", the PKK "announced it would disarm and
dissolve": speech acts with content), which makes the same output recall 89/90, speakers 63/72, unmatched 7/96.

Batch 13 (``--data benchmarks/data/wire-reports-13.jsonl``, 16 reports with quotes in 15 countries (the US twice),
none of them used in batches 11 or 12 but the US, written without reading the code, with batch 12's conventions;
three have the headline on its own line, one a direct quote over two paragraphs; the lead names the place as "on the
highway linking X and Y, about 20 km northwest of X", "the X district of Y province" (the mosque in the district
centre), a district in the lead and the village only in the third paragraph, "at a police checkpoint outside X",
"near X", "X, a town in ...", "in the eastern border town of X", "at the X market in Y", "the X neighbourhood of
Y", "outside the regional parliament in X", an agreement signed abroad reported from the home capital, talks in a
capital reported from a third country's capital (a visit with no agreement: type "none"), a US town named with its
county and state ("Moss Point, in Jackson County, Mississippi"), a US city named like a foreign capital ("Cairo,
Ill."); the kinds add a looting with "no casualties were reported", a mob killing at a market, a gang attack on
civilians outside the US (in ACLED's scope); the tolls add an update "rose to" (in the lead and in the second
paragraph), a range with the other side's dead to sum, "dozens" wounded (12), "a child and two women" killed, a
list of victims, two sources' injured to sum, background tolls; the dates "overnight" (either day accepted), "late
Friday", "on Sunday night", "on Wednesday night", "earlier this week" told as Tuesday further down, "on Sunday"
published on Tuesday; the quotes add a role named and the person named two sentences later, "X told Reuters", an
armed group's claim, an unnamed doctor; and a banner that read "...", a chanted slogan, a film title, a
commander's nickname and a scare-quoted "internal armed conflict" that are not quotes) was measured once, on
a69dc1f: 8 of 16 (per field: event_type 16, sub_event_type 16, date 16, location 11, country 13, killed 16, injured
12), quote recall 99/100, speaker accuracy 77/83, output quotes matching no gold quote 5/102.

Batch 14 (``--data benchmarks/data/wire-reports-14.jsonl``, 16 reports with quotes in 15 countries (the US twice),
none of them used in batches 12 or 13, written without reading the code, with batch 13's conventions; four have the
headline on its own line, one a direct quote over two paragraphs; the lead names the place as "at the main hospital
in X, a town in Y state" under another country's dateline, a county in the lead and the village only in the third
paragraph ("near X, a village on the road between Y and Z"), "the town of X in Y state", "around the town of X",
"outside X, a town east of the capital", "the X neighborhood" of a city, "X, in the Y sub-district of Z", "a village
near X" named in the second paragraph, an agreement signed abroad reported from the home capital, talks in a capital
reported from the visitor's capital (no agreement: type "none"), a US city named like a foreign one ("Florence,
Ala."), a US place named with its county and state under the county seat's dateline; the kinds add a looting of a
hospital with "no casualties were reported", a mob killing over online rumours, night-time arrests of an opposition
leader; the tolls add an update "rose to" (in the second paragraph and in a US lead), a range (lower figure), two
sides' dead to sum, two sources' injured to sum (twice), a list of victims, a wounded victim who later died (injured
either figure), background tolls; the dates "on Sunday night" published on Tuesday, "late Saturday", "late on
Sunday", "late Monday", "on Tuesday" published on Wednesday, "on Monday" and "on Wednesday" published two days
later; the quotes add a role named and the person named in the next sentence, "X told Reuters", an armed group's
claim, an unnamed doctor and official, a broadcaster as speaker; and a chanted slogan, a sign that
read "...", a film title, an operation's name and a gang leader's nickname that are not quotes) was measured once,
on 84d27e7: 8 of 16 (per field: event_type 13, sub_event_type 13, date 14, location 12, country 13, killed 15,
injured 13), quote recall 82/89, speaker accuracy 60/68, output quotes matching no gold quote 5/83. One report (a
peaceful march with a chanted slogan, a sign and a quote closed after its period) went over the 600 s time limit of
the quote_mentions stage (run alone again, still running after 8 minutes) and counts as wrong on every field with
its 5 quotes missed (the benchmark now prints it as ERR instead of stopping); on the other 15: 8 of 15, quote recall
82/84, speakers 60/68, unmatched 5/83.

Batch 15 (``--data benchmarks/data/wire-reports-15.jsonl``, 16 reports with quotes in 15 countries of Sub-Saharan
Africa, the Middle East and North Africa and the Americas (the US twice), none of them used in batches 13 or 14 but
the US, written without reading the code, with batch 14's conventions; four have the headline on its own line, one
a direct quote over two paragraphs; the lead names the place as "at the weekly livestock market in X, a town in ..."
and "outside X" under another country's dateline, "at a security checkpoint at the entrance of X, a town in ..."
under the capital's dateline, a region in the lead and the village only in the third paragraph ("the road that
leads to X, a farming community in the municipality of Y"), "on the highway linking X and Y" with "near X" in the
second paragraph under a third country's dateline, a mining town in the lead named only in the second paragraph,
a suburb of the capital, an agreement signed in a neighbouring capital reported from a third country's capital,
talks in a capital reported from the visitor's capital (no agreement, a "had agreed to keep talking" and a
background clash: type "none"), a US city named like a foreign capital ("Lima, Ohio"), a US county named with its
state and no town under the state capital's dateline; the kinds add a looting of an election office with "no
casualties were reported", a mob burning of suspected thieves, a tavern shooting outside the US (an attack in
ACLED's scope), a domestic shooting in the US (type "none"); the tolls add a range (lower figure) against a higher
claim, an update "rose to" in the second paragraph, two sides' dead to sum with "dozens" (12), two sources' injured
to sum (twice), a list of victims, background tolls of an earlier attack and of a war; the dates "on Sunday" and
"on Monday" published two days later, "late Thursday", "overnight" (either day accepted), "earlier this week" told
as Monday night further down, "on Tuesday" published on Wednesday (three times), "on Saturday night", "shortly
after midnight Sunday" published on Monday; the quotes add a role named and the person named in the next sentence
(three times), a group named after "a lawyers' group", "X told Reuters", armed groups' claims, unnamed officials
and sources, a broadcaster and a newspaper as speakers, a "they say will" speech act; and a chanted slogan with
its translation, a sign that read "...", an operation's name, a cartoonist's nickname, an armed group's nickname
and a scare-quoted "community justice" that are not quotes) was measured once, on 18c725b: 7 of 16 (per field:
event_type 13, sub_event_type 13, date 16, location 10, country 16, killed 14, injured 15), quote recall 101/101,
speaker accuracy 72/78, output quotes matching no gold quote 10/102.

Batch 16 (``--data benchmarks/data/wire-reports-16.jsonl``, 16 reports with quotes in 15 countries of South and
Central Asia, East and Southeast Asia, Europe and the Caucasus and Latin America (and the US twice), none of them
used in batches 13 or 14 but the US, written without reading the code, with batch 14's conventions; four have the
headline on its own line, one a direct quote over two paragraphs; the lead names the place as "at the bus station in
X, a small town in Y region", a region in the lead and the village only in the third paragraph (a range, lower
figure), "the X district of Y province" with the town's neighbourhood in the second paragraph, "near X in Y state"
under the capital's dateline, "at a traffic police post at the entrance to the town of X", "near the village of X"
under a third country's dateline (two states' border guards, each side's dead and wounded to sum), "a ranch near X"
under the capital's dateline, a square of the capital, "a farming community near X" with the community named only
in the third paragraph, "across the city of X" (arson with "no one was hurt"), the capital's office of a website
under another country's dateline, an agreement signed in a city of a third country reported from that country's
capital, talks abroad reported from one side's capital (no agreement: type "none") with a background shootout and
its toll, a US city named like a foreign capital ("Athens, Ga."), a US city named with its county and state; the
tolls add an update "had risen to" in the third paragraph, two sources' injured to sum (three times), a list of
victims, the wounded of both protesters and police to sum, a lynching's victim and the officers hurt to sum; the
dates "on Sunday afternoon" published on Tuesday, "late Sunday", "on Monday evening", "early on Monday", "before
dawn on Monday", "on Saturday" published on Monday, "on Thursday night", "earlier this week" told as Tuesday further
down, "on Friday night" published on Sunday; the quotes add a role named and the person named two sentences later
(twice), "X told Reuters/AFP", an armed group's claim, an unnamed community leader and witnesses, a broadcaster, a
Chinese name written surname first; and a leaflet and placards that read "...", a chanted slogan, an operation's
name, a gang leader's nickname and a video's title that are not quotes) was measured once, on 18c725b: 6 of 16 (per
field: event_type 12, sub_event_type 12, date 14, location 11, country 15, killed 14, injured 13), quote recall
102/105, speaker accuracy 81/90, output quotes matching no gold quote 4/100. One gold speaker was then corrected for
consistency with batch 14 ("MRTV television", like "al-Masirah television"), which makes the same output speakers
82/90.

Batch 17 (``--data benchmarks/data/wire-reports-17.jsonl``, 16 reports with quotes in 15 countries leaning to
Sub-Saharan and North Africa and the Middle East (and the US twice), none of them used in batches 13 to 16 but the
US, written without reading the code, with batch 14's conventions; four have the headline on its own line, one a
direct quote over two paragraphs; the lead names the place as "on the road linking X and Y" with the town named in
the second paragraph, "in X, east of the city of Y" under another country's dateline, "the X district of Y
department" with the village only in the third paragraph, "the town of X in Y province", "X, a village in Y
prefecture", "X, a rural town in ...", "at a lorry station in X, a town in ...", a university in the capital, a
district of the capital under a neighbouring capital's dateline, a city named under a European capital's dateline,
an agreement signed in a third country's capital reported from one signatory's capital, talks abroad reported from
one side's seat of government (no agreement, an "agreed to remain engaged" and a background drone strike with its
toll: type "none"), a US city named like a foreign territory ("Palestine, Texas") with a nearby city named for the
hospital, a US place "near X, in Y County, Florida" under the county seat's dateline; the kinds add an arson of a
party office with "no one was hurt", a mob killing of a suspected kidnapper with two gendarmes hurt, a night-time
abduction of activists by men in uniform, a domestic shooting in the US (type "none"); the tolls add an update "rose
to" (killed, and wounded in a US report), a suicide attack's dead with or without the bomber, two sides' dead to
sum, two sources' injured to sum (twice), "a child and two women" (wounded, and killed among four), a list of
victims, background tolls of an earlier attack, a rebel attack and a war; the dates "overnight" (either day
accepted, twice), "late on Friday", "late on Thursday", "on Saturday", "on Sunday" and "on Monday" published two
days later, "earlier this week" told as Sunday further down, "on Tuesday" published on Wednesday (four times), "on
Friday night"; the quotes add a role named and the person named in the next sentence or two sentences later, "X told
Reuters/AFP", an armed group's claim, a "group that says it" speech act, unnamed officials, medics, a delegate and a
wife, a news agency and a hospital as speakers, movements named by their full name and initials; and a chanted
slogan, a banner that read "...", an operation's name, a documentary's title and a suspect's and a rapper's
nicknames that are not quotes) was measured once, on 18c725b: 7 of 16 (per field: event_type 14, sub_event_type 13,
date 15, location 12, country 14, killed 15, injured 15), quote recall 107/109, speaker accuracy 63/73, output
quotes matching no gold quote 4/96. One gold quote was then added for consistency with batch 9's "which Burundi says
is backed by Rwanda" (Jaish al-Adl, "a Sunni militant group that says it fights for the rights of the Baluch
minority"), which makes the same output recall 108/110, speakers 64/74, unmatched 3/96.

Batch 18 (``--data benchmarks/data/wire-reports-18.jsonl``, 16 reports with quotes in 15 countries of West, South-East
and Central Asia, Europe and the Americas (the US twice), none of them used in batches 13 to 16 but the US, written
without reading the code, with batch 16's conventions; four have the headline on its own line, one a direct quote over
two paragraphs; the lead names the place as "outside the southern town of X" (a drone strike on a car), "near the
village of X in the Y province" under the capital's dateline, a province in the lead with the district in the second
paragraph and the village only in the third, "the town of X in Y province" under a third country's dateline, "near the
border town of X in Y state" under the capital's dateline, "a remote village in X, a town on the island of Y" with the
village named in the second paragraph, a square of the capital, "near Congress in" the capital, "X, a town in Y
department" with the hospital where the victim died in another town, "around the town of X" (arson with "No one was
hurt"), a district of a city, an agreement signed in a neighbouring capital reported from the home capital with a valley
named in its terms, talks in a third country's city reported from the island's capital (no agreement: type "none") with
a background invasion, a US city named like a foreign capital ("Warsaw, Ind."), a Louisiana parish named with the
community and the suspect's home town, "the X community of Y" under the capital's dateline; the kinds add an abduction
with "No one was hurt", a mob attack on a police station with a detainee who died the next day, a gang's reprisal
killing outside the US (an attack in ACLED's scope); the tolls add two sources' injured to sum, soldiers' and a
civilian's wounded to sum, two sides' dead to sum, "a child and two women" wounded, an update of the wounded by a
governor, a suicide bomber (killed either figure), an update "rose to" in the second paragraph (injured either figure),
the injured of protesters and police to sum, a list of victims, background tolls of a war, an earlier attack and border
clashes; the dates "on Tuesday" published on Wednesday (six times, once "on Tuesday night"), "late on Thursday"
published on Saturday, "on Monday night" and "on Monday afternoon" published on Wednesday, "earlier this week" told as
Monday further down, "on Friday evening", "on Sunday night" and "on Sunday" published on Tuesday, "overnight" (either
day accepted), "early Sunday"; the quotes add a role named and the person named in the next sentence (three times), "X
told Reuters", an armed group's claim and a "that says it fights" speech act, a "called the detentions" quote, unnamed
officials, residents and a relative, a resident named by her first name only; and a chanted slogan, a banner and a sign
that read "...", painted graffiti, an operation's name, an armed faction's nickname and a gang leader's nickname that
are not quotes) was measured once, on 18c725b: 6 of 16 (per field: event_type 13, sub_event_type 13, date 15, location
10, country 15, killed 16, injured 14), quote recall 90/91, speaker accuracy 72/76, output quotes matching no gold quote
7/95. One gold quote was then added for consistency with batch 15 (a group "that says it fights for the rights of" a
minority: a speech act with content) and one gold speaker corrected for consistency within the batch ("Anadolu news
agency", like "IRNA news agency"), which makes the same output recall 91/92, speakers 74/77, unmatched 6/95.

Batch 19 (``--data benchmarks/data/wire-reports-19.jsonl``, 16 reports with quotes in 16 countries leaning to South,
South-East and Central Asia and Europe (and the US once), none of them used in batches 13 to 18 but Iraq, India,
Indonesia, Tajikistan and the US, written without reading the code, with batch 18's conventions; four have the
headline on its own line, one curly quotes, one a direct quote over two paragraphs; the lead names the place as "the X
district of Y region" with the village only in the third paragraph ("about a kilometre outside X, their village")
under the regional capital's dateline, "a market in the border town of X" under the capital's dateline with the
hospital in the provincial capital, "in the forests of X state" with the village in the second paragraph and the
district town's hospital in the third, "X, a city on Y island", "near a lake on the border" with "X, a village in the
municipality of Y" in the second paragraph under a neighbouring capital's dateline (a wounded attacker taken to the
capital), "X district" with the district centre's hospital in the second paragraph and the village in the third,
"in the regional capital X" under a neighbouring country's dateline, "in X, the region's capital, and two nearby
villages", a German city named like a bigger one ("Frankfurt an der Oder") under the capital's dateline with its
district in the third paragraph, "a village in southern X" named in the third paragraph under the capital's dateline,
a march from a bridge to a square of the capital, a palace of the capital, "the Northern Ireland town of X" under
another country's capital dateline, an agreement signed in a provincial capital reported from the national capital,
talks in a capital reported from the visitor's capital (no agreement, an "agreed to maintain communication" and a
background water-cannon incident with its injured: type "none"), a US city named like a foreign country ("Mexico,
Mo.") with its county and the hospital in another city; the kinds add an arson of a planned asylum home with "No one
was hurt", a mob riot after a road death, an attack on foreign mine workers by gunmen from across a border, a
disappearance of a blogger taken by men in plain clothes, arrests in a vote-buying probe, a protest turned riot
(violent demonstration); the tolls add an update of the wounded "rose to" in the second paragraph, a suicide
bombing's update "bringing the death toll to two, not counting the bomber" (killed and injured either figure), two
sources' injured to sum (six times: a villager told by hospital officials, a wounded attacker, the public treated by
the ambulance service, journalists hit told by a press union, police officers besides a hospital count, patients of
a second hospital), a range of the injured (lower figure), a list of victims, background tolls of a war, an earlier
clash with a similar toll, earlier attacks, a year's rebel dead, a crackdown and a clan war; the dates "late on
Monday" published on Wednesday, "on Saturday" and "late on Wednesday" published two days later, "on Tuesday"
published on Wednesday (three times, once "on Tuesday night"), "on Friday morning" and "early Sunday" published the
same day, "early Saturday" published on Sunday, "earlier this week" told as Tuesday evening further down,
"overnight" (either day accepted), "late on Saturday" published on Monday; the quotes add a role named and the person
named one or two sentences later (twice), "X told Reuters" (three times), "according to" a governor, a website, police
and a coast guard, a "that prosecutors say was" and a "that the government says will" speech act, a "called the
detentions" quote, unnamed police spokesmen, hospital officials, a resident and a woman; and two chanted slogans, two
banners that read "...", sprayed graffiti, an operation's name, a Telegram channel's name and a sea's name in scare
quotes that are not quotes) was measured once, on 2f24665: 6 of 16 (per field: event_type 13, sub_event_type 12, date
16, location 13, country 15, killed 16, injured 10), quote recall 107/107, speaker accuracy 82/84, output quotes
matching no gold quote 4/105.

Batch 20 (``--data benchmarks/data/wire-reports-20.jsonl``, 16 reports with quotes in 16 countries leaning to Latin
America and the Caribbean and to East, Southern and West Africa and the Sahel (the US once), none of them used in
batches 13 to 18 but the US, written without reading the code, with batch 18's conventions; three have the headline
on their own line, one a direct quote over two paragraphs; the lead names the place as "X, a commune about 30 km
north of" the capital, "the western border district of X" with the town named in the second paragraph (shells fired
from a neighbouring country, its city named in a background toll), "near the village of X in the Y department", "X,
a village in the Y department of Z region" in the second paragraph, "near X, a hill town in Y province" in the
second paragraph under a third country's capital's dateline, "the city of X" under a third country's dateline, the
capital with its seat of government, "the main road into X, in the Y province", "the X district of" the capital, "X
township" of a city in the second paragraph, "the stretch of the highway linking X and Y" with the village only in
the third paragraph, "outside her home in X, a suburb of the capital", an agreement signed abroad reported from one
signatory's capital with a zone named in its terms, talks in one side's capital reported from the other's (no
agreement: type "none") with a background killing near a border village and its toll, a US city named like a foreign
country ("Mexico, Mo.", in Audrain County, with St. Louis for the distance), a district in the lead and the village
only in the third paragraph; the kinds add a task force's drone strike on a gang, a violent demonstration (stones
and looting, police fire), a mob killing over a rumour with two officers hurt, an arson of trucks with "No one was
hurt", an arrest of rights lawyers, an opposition activist taken by men in police uniforms; the tolls add two
sources' injured to sum (three times, once officers and civilians), two sides' dead to sum against the rebels'
higher claim, a suicide bomber (killed either figure) against a higher local toll, a wounded soldier who died
(injured either figure), a wounded victim who died in a US report, "a child and two women" among six killed, a list
of victims, background tolls of a gang war, an insurgency, an earlier attack, earlier protests, a crackdown and a
war; the dates "late on Monday" and "earlier this week" told as Monday further down published on Wednesday, "on
Tuesday night", "on Tuesday", "late on Tuesday" and "shortly before 11 p.m. Tuesday" published on Thursday, "on
Sunday night" and "on Sunday" published on Wednesday, "overnight" (either day accepted), "on Tuesday morning"
published on Thursday, "earlier this week" told as "Monday evening" further down; the quotes add a role named and
the person named in the next sentence or two sentences later (three times), "X told Reuters/AFP/the AP", an armed
group's claim on X, "accuses X of" and "blamed" speech acts, a commander known by his alias, unnamed officials,
sources, a doctor, a vigilante leader and an officer; and a chanted slogan with its translation, a placard, a
painted slogan and leaflets that read "...", a WhatsApp message that said "...", a gang leader's and a commander's
nicknames and a gang's name that are not quotes) was measured once, on 2f24665: 8 of 16 (per field: event_type 12,
sub_event_type 12, date 14, location 11, country 13, killed 14, injured 14), quote recall 101/102, speaker accuracy
73/82, output quotes matching no gold quote 5/96. Two gold quotes were then added for consistency with batch 12 (an
army that "blamed" a coalition, a government that "accuses" a neighbour "of backing the group": speech acts with
content), which makes the same output recall 103/104, speakers 75/84, unmatched 3/96.

Batch 21 (``--data benchmarks/data/wire-reports-21.jsonl``, 16 reports with quotes in 16 countries leaning to West,
Central and Horn of Africa, the Middle East and Latin America (the US once), none of them used in batches 13 to 20 but
Ethiopia, Kenya, Somalia, Nigeria and the US, written without reading the code, with batch 20's conventions; four have
the headline on their own line, one a direct quote over two paragraphs; the lead names the place as "the industrial zone
of X" under another city's dateline, "the town of X in Y region" with the hospital in the regional capital, a county in
the lead with the road "linking X and Y" in the second paragraph and the village only in the third, "the central Somali
town of X", "near X, a gold-mining settlement on the border" of a river, "the X district of" the capital (a district
whose name is also a city elsewhere), "near X, a town in Y state" on "the highway linking" the capital and a city, a
march from the city hall to the Capitol of the capital, "X, a market town in the Y Region" under a neighbouring
capital's dateline, "the northern town of X", "X, a farming town in Y province" in the second paragraph with the
neighbouring country's border town where victims fled, "X, a railway town about 130 km west of" the capital under a
neighbouring country's capital's dateline, a neighbourhood of the capital under a European capital's dateline, an
agreement signed abroad reported from one signatory's seat of government, talks in a capital reported from the visitor's
capital (no agreement: type "none") with a background clash and its toll, a US city named like a foreign one ("Belfast,
Maine") with its county; the kinds add a drone from a third country, an army's shelling of a market, an abduction of bus
passengers, a chieftaincy riot with a curfew, a mob burning migrants' homes after a killing, a looting of a health
centre and an aid warehouse with "No casualties were reported", arrests of officers over an alleged plot, a
prisoner-exchange agreement; the tolls add two sources' injured to sum (five times: a hospital besides an ambulance
service, the Red Cross besides police, a press union besides a hospital, police officers besides a nurse's count,
officers besides a consul's count), two sides' dead to sum with a miner hit, a suicide bomber (killed either figure), an
update "rose to" (killed, with the wounded "more than 30"), "bringing the number of injured to" in a US report, a list
of victims, background tolls of an earlier drone strike, an earlier bomb, an earlier hotel attack, a train attack, an
earlier chieftaincy dispute, a war and a communal clash; the dates "late on Wednesday" published on Thursday, "on
Sunday" and "on Saturday night" published two days later, "on Tuesday" published on Wednesday (twice), "late on
Tuesday", "late on Sunday", "on Wednesday night" (with "shortly after midnight": either day accepted) and "on Thursday"
published two days later, "on Friday evening", "on Monday evening", "overnight" (either day accepted), "earlier this
week" told as "Monday night" further down, "early Saturday" published on Sunday, talks that "ended" on Monday after two
days (either day accepted); the quotes add a role named and the person named in the next sentence, "X told
Reuters/AFP/the AP/Army Radio", armed groups' claims, "what the armed forces called", "blamed" and "accused X of" speech
acts, a "group says" speech act, a worker and a trader who gave their names only, a neighbour named by her first name,
unnamed doctors, a nurse, relatives, residents, a union official and a delegate; and a chanted slogan, a sign that read
"...", an operation's code name, a city's old name, a militia's, a gang's and a former rebel leader's nicknames and a
newspaper's name for the protests that are not quotes) was measured once, on 72adfdc: 8 of 16 (per field: event_type 15,
sub_event_type 15, date 16, location 11, country 12, killed 15, injured 12), quote recall 100/102, speaker accuracy
65/74, output quotes matching no gold quote 2/95.

Batch 22 (``--data benchmarks/data/wire-reports-22.jsonl``, 16 reports with quotes in 16 countries leaning to South,
South-East and East Asia, Europe and the Caucasus (and the Caribbean and the US once), 8 of them (Laos, Trinidad and
Tobago, Taiwan, Albania, Bulgaria, Greece, Belarus, Japan) used in none of batches 13 to 20, written without reading
the code, with batch 20's conventions; four have the headline on their own line, one a direct quote over two
paragraphs; the lead names the place as "the X township of Y region" with the village only in the third paragraph
under a neighbouring capital's dateline, "X, a city on the Y River across from" a power plant, "on the highway linking
X and Y" with "near X, a village on the boundary between" two districts in the third paragraph, "the X district of Y
province" with "the X checkpoint on the road to Y" in the second paragraph, "near X, a town in the republic of Y"
under the national capital's dateline, a district of a capital under another country's capital dateline, "X, a
hillside community just east of" the capital, the parliament's streets in the capital, "the Black Sea city of X"
under the capital's dateline, the prime minister's office in the capital, "a village in southern X" named in the
third paragraph with the province's hospital town, "the northern city of X" under the capital's dateline, "the
western city of X" (two spellings) under a neighbouring capital's dateline, an agreement signed in a district town
reported from the national capital with a neighbouring state named for the refugees, talks in one side's capital
reported from the other's (no agreement, an "agreed to keep talking": type "none"), a US city named like a foreign
capital ("Rome, N.Y.") with its county and state and the hospital in another city; the kinds add a mob attack on a
minority's homes after a stabbing days before, an abduction of an exile by armed men, an anarchist arson of cars
and banks with "No casualties were reported", arrests by a security service reported by a rights group, a gang
attack on a bar outside the US (in ACLED's scope), a protest turned violent (petrol bombs: violent demonstration);
the tolls add a range (lower figure), an update "rose to" of the killed (injured either figure), "a child and two
women", a suicide bomber (killed either figure), two sides' dead to sum, two sources' injured to sum (three times:
protesters told by a health department and police by the ministry, officers by police and protesters by a hospital,
a minority's residents by a hospital and police by the ministry), a list of victims, a wounded US victim who died
(injured either figure), background tolls of a war, an ethnic conflict, an earlier attack, a gang war and a
conflict, the injured of an earlier stabbing; the dates "late on Monday", "on Monday" and "on Monday night"
published on Wednesday, "on Tuesday" published on Wednesday (three times), "overnight" (either day accepted), "late
Sunday" published on Wednesday, "on Sunday afternoon" and "early on Sunday" published on Monday, "late Friday" and
"late Saturday" published the next day, "earlier this week" told as Monday evening or "at dawn on Monday" further down,
"on Sunday" published on Tuesday; the quotes add a role named and the person named in the next sentence or two
sentences later (twice), "X told Reuters/the AP" (five times), "according to" a rescue group, a rights group, a
hospital, a government, police and an owner, an armed group's claim and an anarchist group's claim, a "which says"
speech act, a spokesman known by his nom de guerre, a wife named by her first name only, unnamed officials, a
resistance fighter, a rescuer, a friend, residents, police and prosecutors; and a chanted slogan, a sign, a banner
and sprayed graffiti that read "...", a hospital's name in quotes, an operation's code name and a gang member's and a
militant's nicknames that are not quotes) was measured once, on 72adfdc: 10 of 16 (per field: event_type 15,
sub_event_type 15, date 13, location 13, country 14, killed 16, injured 15), quote recall 101/105, speaker accuracy
69/79, output quotes matching no gold quote 5/105.

Batch 23 (``--data benchmarks/data/wire-reports-23.jsonl``, 16 reports with quotes in 16 countries leaning to West,
Central and Horn of Africa, the Middle East and Latin America (and the US once), none of them used in batches 15 to 22
but the US (Gabon, the United Arab Emirates and Bahrain in no batch before), written without reading the code, with
batch 22's conventions; three have the headline on their own line, one a direct quote over two paragraphs; the lead
names the place as "the crowded livestock market in X, a trading town in Y state" under a neighbouring capital's
dateline, "the X neighbourhood of the divided city of Y" under another city's dateline, "on the highway linking X and Y"
with "near X, a village about 20 km east of the town" in the third paragraph, "an army checkpoint at the entrance to X,
a town on the shores of" a lake under the capital's dateline, "near X, a village in the Y region" with the hospital town
in the second paragraph, "the road outside X, a town in the northwest of" the country with the village the victims came
from in the second paragraph, "X, a village in Y state", an avenue of the capital, "outside X, a town north of" the
capital, "the centre of X, the country's third-largest city" under the capital's dateline, "a village in the X district
of" a region in the lead with the village named only in the second paragraph, "near X, a mining town in Y region", "the
village of X, west of the capital" under a neighbouring country's dateline, an agreement between a government and an
armed group signed in a third country's capital, talks in a third country's capital reported from a fourth (no
agreement, an "agreed to meet again": type "none") with a background war and its toll, a US city named like a foreign
country ("Lebanon, Tenn.") with its county's sheriff and the hospital in another city; the kinds add a drone strike on a
market, a rebel shelling of a city neighbourhood, a woman suicide bomber at a checkpoint, a clash between two armed
groups against one's higher claim, an abduction of health workers with "No one was hurt", a cattle raid on a village, a
march for jailed opposition figures, a highway blockade cleared with tear gas, a vendors' riot with live fire and a toll
update, a mob killing of a man accused of witchcraft, an arson of a mining camp with "No casualties were reported",
night raids and arrests reported by a rights group abroad; the tolls add "dozens" then the figure, "killing a woman and
two of her children", two sources' injured to sum (three times: a hospital besides a doctor at a second hospital,
soldiers by a military source besides civilians by a nurse, officers by a ministry besides protesters by an Indigenous
confederation), a suicide bomber (killed either figure), an update "rose to" of the killed (injured either figure), a
list of victims, background tolls of a war (twice), an earlier attack, a sniper, a displacement-camp attack, earlier
fighting, communal raids, earlier protests, a crackdown and an abduction; the dates "on Saturday" and "late on Saturday"
published on Monday, "on Monday" published on Tuesday and on Wednesday, "on Tuesday" published on Wednesday and on
Thursday, "overnight" (either day accepted), "late Saturday" published on Sunday, "late Friday" and "on Friday evening"
published on Saturday, "on Sunday night" published on Tuesday, "earlier this week" told as "Monday afternoon" further
down, "late on Monday" published on Wednesday, "on Thursday" published on Friday (twice); the quotes add a role named
and the person named in the next sentence, roles named before the person (six times), "a medical charity", "the company"
and "a London-based rights group" named in the next sentence, "X told Reuters/AFP" (eight times), "according to" a
rights group, the U.N., OCHA, a mission, an ombudsman and a civil society group, a statement's words, a broadcaster, a
vendor who gave his first name only, unnamed officials, a trader, a doctor, a security source, a diplomat, a mother and
a witness; and a chanted slogan, a sign that read "...", a court case's name, an operation's name and a healer's
nickname that are not quotes) was measured once, on fd761ad: 10 of 16 (per field: event_type 14, sub_event_type 14, date
15, location 13, country 14, killed 15, injured 16), quote recall 88/92, speaker accuracy 61/66, output quotes matching
no gold quote 1/88. One gold quote was then removed for consistency (a lead with no attribution, "Police fired tear gas
... on Monday", is the reporter's own account, not a quote), which makes the same output recall 88/91.
The drone-en-nahud report's accepted spellings then gained "An Nuhud", the GeoNames form of the same town (the
list held "An Nahud" and "En Nuhud" but not it).

Batch 24 (``--data benchmarks/data/wire-reports-24.jsonl``, 16 reports with quotes in 16 countries leaning to South,
South-East and East Asia, Europe and the Caucasus (and Yemen, Sudan, Uganda, Colombia and the US), 13 of them (Yemen,
Afghanistan, Sudan, Nepal, Colombia, Uganda, Serbia, Mongolia, Poland, Bosnia and Herzegovina, Hong Kong, Malaysia,
Cyprus) used in none of batches 15 to 22, written without reading the code, with batch 22's conventions; four have the
headline on their own line, one curly quotes, one a direct quote over two paragraphs; the lead names the place as "the
Houthi-held port of X and a power station north of" the city under a third country's dateline, "X, the capital of Y
province" under a neighbouring capital's dateline, "a livestock market in the X district of Y" under a third country's
capital's dateline, "X, a city in Y district about 150 kilometers southwest of" the capital, a border region in the lead
with "near X, a village in the municipality of Y" in the second paragraph, "X, a municipality on the northwestern edge
of" the capital, a province in the lead with the regency in the second sentence and the hamlet only in the third
paragraph, "the southern city of X" with its square, an avenue outside parliament in the capital, a palace on a square
of "the capital", "X, a district of the southern city of Y", an office "in X" under the national capital's dateline, two
towns of the territory, an agreement signed in a neighbouring capital reported from one signatory's capital, talks in a
buffer zone of a capital (no agreement, "would meet again": type "none"), a US city named like a foreign one ("outside
Florence, South Carolina") with its county; the kinds add a foreign air strike on a port, a suicide bombing of a salary
queue, an army's and rebels' clash announced two days later, men in plain clothes seizing an opposition organiser,
rebels' attack on gold miners, police clearing a sit-in with stun grenades and 84 detained (protest with intervention,
not arrests), a protest turned riot at a palace, a football hooligans' fight with a stabbing (mob violence), an arson of
a party office with "No one was hurt", security-police arrests over posts; the tolls add an update of the killed (twice:
"raising the death toll to" after a wounded worker died, injured either figure; "rose to" as bodies were found the next
day), two sides' dead to sum against the rebels' higher claim, a suicide bomber (killed either figure) against an armed
group's "dozens", two sources' injured to sum (three times: passers-by by police and two more by a hospital, protesters
by a ministry and officers by police, officers by police and protesters by a trauma centre), "dozens" injured given in
figures further down, a wounded US victim who died (injured either figure), background tolls of an earlier strike, an
earlier bombing, a war, a civil war, a canopy collapse, an insurgency and a roadside bomb the week before, an earlier
ambush of officers; the dates "late on Tuesday" and "on Tuesday" published on Thursday, "on Monday morning" and "on
Monday" published the next day, "on Saturday" published on Monday and on Sunday, "earlier this week" told as "Tuesday
evening" further down, "on Saturday night" and "late on Saturday" published on Monday, "on Tuesday" and "on Tuesday
night" published on Wednesday, "on Friday" published on Saturday, "overnight" (either day accepted), "on Thursday"
published on Saturday, "late on Wednesday" published on Friday, "early Sunday" published the same day; the quotes add a
role named and the person named in the next sentence (twice), "X told Reuters" (five times), "according to" a ministry,
the U.N., an ombudsman, a hospital, a bureau and a monitoring group, armed groups' claims (three times), "which he
called", "called on the authorities to", a "says it shells only" and a "which says" speech act, a "doctors' group" named
in the next paragraph, a spokesman known by his nom de guerre, a man who uses one name, unnamed officials, police,
residents, a teacher, a doctor and a daughter; and a chanted slogan with its translation, a banner, pamphlets and
sprayed graffiti that read "...", an operation's code name, a derby's and a buffer zone's names, a hooligan group's, a
Facebook page's and a movement's names and a nickname for vans that are not quotes) was measured once, on fd761ad: 6 of
16 (per field: event_type 13, sub_event_type 13, date 16, location 12, country 14, killed 16, injured 12), quote recall
103/105, speaker accuracy 73/84, output quotes matching no gold quote 5/101.

Batch 25 (``--data benchmarks/data/wire-reports-25.jsonl``, 16 reports with quotes in 16 countries leaning to West,
Central and Southern Africa, North Africa, the Middle East and Latin America (and the US once), 15 of them (Mali, Congo,
Libya, Mexico, Burkina Faso, Egypt, Syria, Brazil, Zimbabwe, Paraguay, South Africa, Honduras, Jordan, Bolivia, Kuwait)
used in none of batches 17 to 24 (Kuwait in no batch before), written without reading the code, with batch 24's
conventions; four have the headline on their own line, one curly quotes, one a direct quote over two paragraphs; the
lead names the place as "a weekly cattle fair in central X's Y region" with "X, a river town in the Y circle" only in
the second paragraph under a third country's dateline, "X, a town in the Y territory of Z province" under a neighbouring
capital's dateline, "the X district of" the capital under a neighbouring capital's dateline (with the airport, a city
the flights went to and a town whose elders brokered a truce), "on a dirt road between X and Y" with "near X, a village
in the municipality of Y" in the third paragraph under the capital's dateline, a province in the lead with the town of
the base only in the third paragraph under a third country's dateline, "X, an industrial district on the southern edge
of" the capital, "near X, a town in the Y plain of Z province" under a neighbouring capital's dateline with the hospital
in a nearby town, an avenue of a city under another city's dateline (with a smaller march in the dateline city),
"outside the city hall in X, the country's second-largest city" under the capital's dateline, the Congress of the
capital, "X, a township north of the port city of Y" under another city's dateline, "X, an industrial city north of Y"
under the capital's dateline (with arrests the next day in one of its neighbourhoods), a city "northeast of the capital"
named only in the second paragraph, an agreement signed in a provincial city reported from the seat of government (with
a background blockade town), talks in a neighbouring capital reported from the visitor's capital (no agreement, "would
meet again": type "none"), a US city named like a foreign capital ("Dublin, Ga.") with its county, the trauma hospital
in another city and two victims' home town; the kinds add a drone strike on a cattle fair, a suicide bombing of a bar,
rockets and mortar rounds on homes during militia fighting, a cartel's buried bomb under an army truck, a militant
attack on an army base repelled (an armed clash), a labour lawyer taken from his home by plainclothes officers, gunmen's
attack on farm workers, a march for a shorter working week, a vendors' sit-in broken up with tear gas and batons, a riot
outside Congress over a pension law, a mob killing of suspected robbers with a third suspect rescued, an arson of buses
over extortion with "No one was hurt", arrests over a weapons-smuggling plot announced three days later, an agreement
between a government and a farmers' union ending road blockades; the tolls add a range of the wounded (lower figure),
two sources' injured to sum (five times: a nurse besides an official, a clinic besides the emergency centre, a doctors'
group besides a lawyers' group, a hospital's protesters besides the minister's officers, a hospital's fifth victim
besides the sheriff's four), a suicide bomber with an update "raising the death toll to six, not counting the bomber"
after a wounded woman died (killed and injured either figure), two sides' dead to sum against an armed group's higher
claim, "dozens" injured given in figures further down, a rescued suspect and two officers hurt to sum, victims listed by
kinship and by name, background tolls of an earlier drone strike, an earlier bombing and a year of rebel killings,
earlier militia clashes, an earlier roadside bomb, the insurgency's first attack, sectarian killings, a crackdown, an
earlier protest, killings of bus crews, an attack on a castle, a blockade clash the week before and an invasion; the
dates "on Sunday" published on Wednesday, "late on Saturday" published on Monday (twice), "overnight" (either day
accepted), "on Tuesday" published on Thursday, "on Saturday" published on Tuesday with the army's statement on Monday,
"before dawn on Friday" published on Sunday, "late on Thursday" published on Saturday, "on Sunday" published on Monday,
"on Wednesday" published on Thursday, "on Thursday night" published on Friday, "on Sunday night" published on Tuesday,
"late on Friday" published on Sunday with arrests on Saturday, "earlier this week" told as "before dawn on Monday"
further down, "on Tuesday" published on Wednesday, "late Saturday" published on Sunday; the quotes add roles named
before the person (in 13 reports), "X told Reuters/AFP/The Associated Press" (eight times, besides a radio station and a
state news agency), "according to" the U.N., aid agencies, rights groups, state officials, an emergency centre, police
statistics, a university observatory, an ombudsman's office and a sheriff, armed groups' claims (twice), an "accused X
of" and five "says" speech acts, a quote within a quote, a crowd-counting group, a hospital, a police force and
ministries as speakers, unnamed officials, a nurse, a doctor, security sources, a medical source, a relative, a sister,
a company owner and lawmakers, a levy's name ("war tax") inside a reported quote, denials and refusals with no content
("denied any knowledge of the case", "did not comment on it"); and a state television's name for drones, two operations'
code names, an armed group's Arabic name, a cartel leader's nickname, banners, a placard, chanted slogans, a hashtag,
two practices' names and a rail project's name that are not quotes) was measured once, on 425111e: 7 of 16 (per field:
event_type 13, sub_event_type 12, date 15, location 11, country 15, killed 14, injured 14), quote recall 103/108,
speaker accuracy 72/78, output quotes matching no gold quote 6/102.

Batch 26 (``--data benchmarks/data/wire-reports-26.jsonl``, 16 reports with quotes in 16 countries leaning to South,
Central, South-East and East Asia, the Pacific, Europe and the Caucasus (and the US once), 11 of them (Kyrgyzstan, Sri
Lanka, South Korea, Azerbaijan, Spain, Sweden, Italy, the Solomon Islands, Lithuania, New Zealand, North Macedonia) used
in none of batches 17 to 24 and six of those (Sweden, Italy, the Solomon Islands, Lithuania, New Zealand, North
Macedonia) in no batch before, written without reading the code, with batch 24's conventions; four have the headline on
their own line, one curly quotes, one a direct quote over two paragraphs; the lead names the place as "in marshland near
X, a town in the southern province of Y" under a nearby city's dateline, "the southern Kyrgyz city of X" under a
neighbouring country's city's dateline, "the X district of Y province" with "X, the district's main town" only in the
second paragraph under the attacking neighbour's capital's dateline, "X, a district on the southern edge of" a
university city under the capital's dateline, a province in the lead with the valley "near X, a town on the Y Highway"
only in the fourth paragraph under a third country's dateline, "X, a fishing town north of Y" under the capital's
dateline, "a plantation off the road linking X and Y" with "outside X, a village" in the second paragraph under the
provincial capital's dateline (a village that shares its name with a district of the national capital), "X, an island
city off" the coast under the capital's dateline, a march on a regional government's square in a city under the
capital's dateline, the parliament of a capital under a third country's dateline, "X, a town in the southern province of
Y" under the capital's dateline, "near X, a town in central" the country under the capital's dateline, "X, a
conservative settlement on the Y peninsula north of" the capital under a neighbouring capital's dateline, an agreement
between a state and its autonomous region signed in a third country's capital reported from one signatory's capital,
talks in one side's capital reported from the visitor's capital (no agreement, "agreed to keep talking at the level of
experts": type "none") with a background conflict and its toll, a US city named like a foreign capital ("Dublin, Ga.",
the seat of Laurens County) with victims from it and from "East Dublin"; the kinds add an air force strike on a militant
camp, a suicide car bomb at a police headquarters, a neighbour's artillery on a border district's market town, a gang
bomb in an apartment stairwell, a clash of highland clans, a journalist taken by men who said they were police,
insurgents' attack on rubber tappers, a march of shipyard workers, a baton charge on students sitting in the road
(protest with intervention), a riot at a parliament over a premier's arrest, a mob attack on migrant farmworkers after a
video of a robbery, a sabotage arson of an aid warehouse with "No one was hurt", raids on a religious group's
settlement, a US bar shooting (type "none"); the tolls add a range (lower figure) with villagers hit by shrapnel, a
suicide bomber (killed either figure) against an armed group's higher claim, two sources' injured to sum (four times: a
ministry's wounded and a hospital's "four more", students treated by a hospital and by a collective's medics, officers
by a police commissioner and protesters by a hospital, a sheriff's wounded and a hospital's "fifth person"), an update
after a wounded victim died (injured either figure, twice: "raising the death toll to" and "bringing the death toll
to"), two clans' dead to sum against an MP's higher claim, "dozens" wounded (12) beside "dozens of houses" burned, a
list of victims (twice), migrants and officers hurt to sum, background tolls of an earlier bombing, a siege, an earlier
suicide attack, earlier border fighting, a year's bombings, an ambush, a civil war (twice), an earlier attack on a
ranger post, an insurgency, earlier baton charges, earlier riots, earlier attacks on migrants ("dozens" injured), a
police raid and a conflict; the dates "on Sunday" published on Tuesday, "on Thursday morning" published on Friday, "on
Saturday" published on Monday with the update on Sunday, "overnight" (either day accepted), "earlier this week" told as
Monday further down, "on Sunday night" published on Tuesday, "late on Tuesday" published on Thursday, "on Saturday"
published on Sunday, "late on Monday" published on Wednesday, "late on Thursday" published on Saturday, "on Saturday
night" published on Monday after a robbery "on Wednesday", "late on Sunday" published on Tuesday, "on Wednesday"
published on Saturday with the statement on Friday, "on Thursday" published on Friday, "on Monday" published on Tuesday,
"late Friday" published on Sunday; the quotes add a role named and the person named in the next sentence (ten times: a
commander, a spokeswoman, two ministers, a collective, a police commissioner, a region's president, a government
delegate, a charity director and an autonomous region's president), a lead whose speaker is named later ("the New
Zealand moderator", "the county sheriff"), "X told Reuters/AFP/The Associated Press" (nine times), "according to"
officials, police figures, police, media rights groups, a security department, a rights group, a government and an
investigation bureau, an armed group's claim, a "which they say recruits" speech act, an MP on Facebook, denials with no
content (an army's, an army command's and an embassy's), a shopkeeper and a worker who gave one name only, a wife named
by her first name, unnamed police, a nurse, a shopkeeper, a mayor, a wife and a diplomat; and a bomb-maker's nickname, a
peace accord's name, a criminal network's name, a "fight zone" and a "red zone", a column's title, headbands that read
"..." and a chanted slogan in curly quotes, a campaign's name, a chanted slogan, a Telegram group's and a Telegram
channel's names, a religious group's name, an accord's name and a compromise's nickname that are not quotes) was
measured once, on 425111e: 6 of 16 (per field: event_type 13, sub_event_type 13, date 15, location 13, country 16,
killed 15, injured 13), quote recall 114/115, speaker accuracy 88/93, output quotes matching no gold quote 3/117.

Batch 27 (``--data benchmarks/data/wire-reports-27.jsonl``, 16 reports with quotes in 16 countries leaning to North
Africa and the Sahel, the Levant and the Gulf, the Caribbean and the Andes, Central Asia, the Balkans and Western Europe
(and the US once), 12 of them (Syria, Mali, Libya, Burkina Faso, Kyrgyzstan, Spain, Bolivia, North Macedonia, Jordan,
Egypt, Italy, Kuwait) used in none of batches 17 to 24 and three (North Macedonia, Italy, Kuwait) in no batch before,
written without reading the code, with batch 24's conventions; four have the headline on their own line, one curly
quotes, one a direct quote over two paragraphs; the lead names the place as a province in the lead with "the outskirts
of X, a town in the western Y countryside" in the second paragraph under a neighbouring capital's dateline (the wounded
taken to the provincial capital), "a crowded bus station in X, a town in central Y's Z region" under a third country's
capital's dateline with the hospital town where three wounded died, talks in a capital reported from the visitor's
capital (no agreement, "agreed on nothing but a statement of goodwill" and "the talks would continue": type "none"), an
airport and "the X district" of the capital under a neighbouring capital's dateline (flights diverted to another city),
"on the road between X and Y" with "a few kilometres short of X, a village on the highway" in the third paragraph under
a neighbouring country's dateline (the hospital in the regional capital), a region in the lead with "near X, a village
in the Y district" in the second paragraph under a third country's dateline (a victim's home village across the border),
an agreement signed in "the Moroccan coastal town of X" reported from one signatory's capital, "X, the capital of Y
state" (a city named like a Spanish one) under the national capital's dateline, "X, a farming town in Y's central Z
region" with officers ambushed on the road from another town, "X, the capital of Spain's Y Islands" under the national
capital's dateline with a march from a square to the cathedral, a square of the capital, "outside a court in the eastern
town of X" under the capital's dateline with the nightclub fire's town named in the lead, "raids in X and the nearby
town of Y" under the capital's dateline, "a village in the X district of Y province" with the village named only in the
second paragraph, "near X, a town in the Sardinian province of Y" with the firefighters' town, a US city named like a
foreign capital ("Dublin, Ga.") with its county, the hospital in another city and "East Dublin" in the background; the
kinds add a drone strike on a car of farmers, a suicide bombing of a bus station, rockets on an airport and homes, a
roadside bomb under a market bus, a border guards' clash after a border treaty, hooded men seizing an opposition
coordinator, a gang's attack on a farming town, an anti-tourism march, tear gas on a teachers' march, a riot outside a
court after a verdict, a sectarian mob torching homes over a church rumour (mob violence), an arson of a wind farm site
with "No one was hurt", arrests over an alleged weapons-smuggling plot, an election roadmap signed by rival legislatures
and maritime-border talks; the tolls add two sources' injured to sum (four times: a state agency besides a monitor's
field clinic, officers by a ministry besides protesters by a hospital, teachers by an ombudsman besides photographers by
a press association, the wounded by a sheriff besides one who drove himself to another city's hospital by its police),
each side's dead and wounded to sum with a civilian, a suicide bomber (killed either figure) with an update "rose to
nine on Monday, not counting the bomber" after wounded died (injured either figure), an update of the wounded "had risen
to", a range (lower figure), residents' dead by a rights group besides officers' by police (killed the sum or the
residents), "dozens" wounded (12), a wounded victim who died (injured either figure), a list of victims (twice),
background tolls of an earlier raid, a wedding attack, an ambush, border clashes, clashes in the capital, a year's gang
violence, clashes in a mining town, a nightclub fire and the missing of an occupation; the dates "late on Tuesday"
published on Thursday, "on Sunday morning" published on Tuesday, "on Sunday", "on Sunday evening" and "in the early
hours of Sunday" published on Monday, "overnight" (either day accepted), "on Monday" published on Wednesday, "earlier
this week" told as "on Monday afternoon" further down, "late on Wednesday" published on Thursday, "on Friday evening"
published on Sunday, "early Saturday" published on Monday, "late Tuesday" published on Wednesday, "on Thursday night"
published on Saturday, "on Tuesday" published on Thursday and reported on Wednesday, "late on Friday" published on
Sunday, "shortly after 11 p.m. Friday" published on Saturday; the quotes add a role named and the person named in the
next sentence (three times), roles named before the person (nine times) and in apposition before the name (four times),
"a human rights group" named in the next paragraph, "X told Reuters/AFP/the AP/KUNA/WMAZ-TV", "according to" a ministry,
local officials, security sources, the U.N., a legal aid group, the government and a regional government, an armed
group's claim and its earlier warning, "says" speech acts of a state and a U.N. office and a "that residents say will"
speech act, a "called the arrests" quote, a state news agency citing a security source, a wife who keeps her own
surname, unnamed officials, sources, a health worker, a relative, police and prosecutors, and an armed group that
"denied any role" and a committee that "denied any involvement" (no content: not quotes); and a banner that read "..."
with a chanted slogan, a chanted slogan, a chant of "Murderers!", sprayed graffiti, an operation's code name, a gang
leader's nickname, an intelligence headquarters' nickname, a proposed law's name and a scare-quoted "reconciliation
sessions" that are not quotes) was measured once, on 425111e: 7 of 16 (per field: event_type 14, sub_event_type 13, date
14, location 13, country 15, killed 15, injured 11), quote recall 112/114, speaker accuracy 84/93, output quotes
matching no gold quote 4/114.

Batch 28 (``--data benchmarks/data/wire-reports-28.jsonl``, 16 reports with quotes in 16 countries leaning to Southern
and Central Africa, the Horn, South Asia, South-East Asia and the Pacific islands, Central America and Mexico and
Eastern Europe (and the US once), 13 of them (Mexico, DR Congo, Montenegro, Honduras, Zimbabwe, Romania, Maldives,
Eritrea, Solomon Islands, South Africa, Lithuania, Eswatini, Bhutan) used in none of batches 17 to 24 and seven of these
(Montenegro, Maldives, Eritrea, Solomon Islands, Lithuania, Eswatini, Bhutan) in no batch before, written without
reading the code, with batch 24's conventions; four have the headline on their own line, one curly quotes, one a direct
quote over two paragraphs; the lead names the place as a state with "X, a Nahua community in the municipality of Y near
the Pacific coast" in the second paragraph under the capital's dateline (the wounded at a clinic in a coastal town and a
hospital in a neighbouring state), "X, a town in eastern Congo's Y territory" (a territory named after a nearby city,
where more wounded were taken) under a neighbouring capital's dateline, "the crowded public market of X, a town in the
southern Philippine province of Y" under a nearby city's dateline, "a parking lot near the old town of X, a resort on
Montenegro's Adriatic coast" under a neighbouring country's capital's dateline (the victim from another town, the clans
named after two villages), "X, a sector on the southern edge of the northern city of Y" under the capital's dateline,
"X, a town about 25 kilometers south of the capital" under the capital's dateline (a road and the High Court in the
capital named further down), a province in the lead with "X, a village about 10 km from the gold-mining town of Y" only
in the third paragraph, "X, the main town of" a valley under the capital's dateline (two mining towns named in a quote
and the capital as the minister's place), the capital with its main street under a neighbouring country's dateline, "X,
the capital of Y province" under a third country's dateline (the reinforcements from the national capital), "X, a
township near the gold-mining town of Y" with the hospital in a third town, "the port city of X" under the capital's
dateline, a church hall in "the commercial city of X" and its neighbourhood under the capital's dateline, an agreement
signed in one signatory's capital reported from a third country's capital (the other signatory's capital named for the
minister's return), talks in one side's capital reported from a third country's capital (no agreement, "agreed to keep
talking" and "would meet again" in the other side's capital: type "none"), a US town named like a foreign country in a
county named like a US city ("Peru, Indiana", in Miami County) with the hospital in another city; the kinds add cartel
drones dropping explosives on an Indigenous village during a funeral, a suicide bomber at a church service, militants'
mortar fire on a market, a car bomb in a feud between criminal clans (outside the US, in ACLED's scope), a military
police raid turned gun battle with a gang, a journalist seized at a fuel station, a clan's revenge raid on a village, a
miners' march against mine closures, pepper spray and batons on a march on parliament with reporters hurt, a riot after
a politician's arrest with arson and the looting of shops, a vigilante crowd killing illegal miners after a rape, a
sabotage arson of an aid warehouse with "No one was hurt" and two men detained (property destruction, not arrests),
arrests at a church-hall meeting before a march that was then called off, a troop pull-back and prisoner agreement; the
tolls add two sources' injured to sum (eight times: a clinic by a community guard's spokesman besides a hospital in a
neighbouring state by a prosecutor, a hospital's director besides the Red Cross, civilians by the army besides soldiers
by a division spokesman, passers-by by police besides a girl by a clinical centre, officers by a ministry spokesman
besides a woman by a hospital, a health centre by police besides a hospital, protesters by a hospital besides reporters
by a journalists' association, officers by a police commissioner besides civilians by a hospital), a suicide bomber
(killed either figure), an update "bringing the death toll to three" after a beaten victim died (injured either figure),
two sides' dead to sum (officers and gang members), two lists of victims (a fish vendor and a girl; a pastor, his family
and two young men), a list of the dead named by a coroner, background tolls of an earlier church bombing, a year's
displaced, a clan feud, an earlier ambush, the mineriad of 1990, an earlier riot, bodies brought up from a shaft, a
crackdown, a border war's "dozens", a Himalayan clash with two armies' dead, four months' homicides and a community's
dead and disappeared; the dates "on Saturday afternoon" published on Monday, "on Monday night" published on Wednesday,
"on Thursday evening" published on Saturday, "shortly after 10 p.m. on Tuesday" published on Thursday, "before dawn on
Friday" published on Saturday, "earlier this week" told as "9 p.m. on Monday" further down, "on Tuesday" published on
Thursday, "on Saturday" published on Sunday, "late on Friday" published on Saturday, "on Monday" published on Wednesday,
"overnight" after a crowd gathered "on Wednesday afternoon" (either day accepted), "on Sunday night" published on
Tuesday, "early on Friday" published on Saturday, "on Thursday" published on Saturday, talks that "ended" on Wednesday
after two days (either day accepted), "late Friday" published on Saturday; the quotes add a role named and the person
(or the newspaper and the rights group) named in the next sentence (three times), roles named before the person (eight
times), "X told Reuters/AFP/The Associated Press" (ten times), "according to" the Red Cross, a U.N. agency, an
Indigenous congress, a university observatory and Amnesty International, an armed group's claim, a "which they say
wants" speech act, an "accused X of" speech act of unnamed leaders, a "called the police response" quote, statements
written on X, denials and reactions with no content ("denied any police involvement", "denied involvement", "has denied
involvement", "which Eritrea has never confirmed", "welcomed the deal"), unnamed community leaders, a fuel attendant, a
resident, an official, authorities and rights groups; and a banner, a sign and placards that read "...", the "mineriads"
of the 1990s, the nicknames of drones, illegal miners (with its translation), a gang leader, a militant commander and a
journalist's byline, a king's title, two operations' names (one with its translation), an accord's title, a roadmap's
name, the media's name for a feud, a Telegram channel's name, a scare-quoted "fighting zone" and a town's motto that are
not quotes) was measured once, on 425111e: 9 of 16 (per field: event_type 15, sub_event_type 15, date 16, location 14,
country 16, killed 15, injured 11), quote recall 101/103, speaker accuracy 81/85, output quotes matching no gold quote
8/107.

Batches 25 to 28 were written at the same time by four writers who did not see each other's files; the same story ideas
came up more than once (a shooting in Dublin, Ga. in 25, 26 and 27, talks in Kuwait City and arrests in Zarqa in 25 and
27, a bombing in Oicha in 25 and 28, Datu Piang in 26 and 28), in texts of their own. Batches 25 and 26 were then opened
to this stop's second round of fixes; 27 and 28 stayed sealed until the stop's final state was measured.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.engine import Engine
from eventwire.errors import PipelineError
from eventwire.model import Article, ArticleResult, Event

DATA = Path(__file__).parent / "data" / "wire-reports.jsonl"
FIELDS = ("event_type", "sub_event_type", "date", "location", "country", "killed", "injured")
# The last word of a body's name ("the Interior Ministry"): two names that share only this word are not a match.
GENERIC_WORDS = (
    "ministry government office military army police administration agency group presidency forces council"
    " department spokesman spokeswoman official officials"
)
GENERIC_LAST_WORDS = frozenset(GENERIC_WORDS.split())


def folded(name: str | None) -> str:
    """A place name without accents, marks or case ("Lashkar Gāh" -> "lashkar gah")."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(ch for ch in decomposed if ch.isalnum() or ch == " ")
    return " ".join(kept.lower().split())


def observed(event: Event | None) -> dict[str, Any]:
    if event is None:
        return dict.fromkeys(FIELDS)
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": str(event.date.value) if event.date is not None else None,
        "location": event.place.name if event.place is not None else None,
        "country": event.place.country if event.place is not None else None,
        "killed": event.killed,
        "injured": event.injured,
    }


def wrong_fields(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The fields of ``got`` that differ from ``expect`` (a list in ``expect`` is the values accepted)."""
    wrong = []
    for field in FIELDS:
        accepted = expect[field] if isinstance(expect[field], list) else [expect[field]]
        if field == "location":
            right = folded(got[field]) in {folded(name) for name in accepted}
        else:
            right = got[field] in accepted
        if not right:
            wrong.append(field)
    return wrong


def gold_span(text: str, quote: str) -> tuple[int, int]:
    """Where a gold quote's content is written in the article text (it must be there once)."""
    start = text.find(quote)
    if start < 0 or text.find(quote, start + 1) >= 0:
        raise ValueError(f"gold quote not found exactly once in the text: {quote!r}")
    return start, start + len(quote)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def found_by(gold: tuple[int, int], outputs: list[tuple[int, int]]) -> int | None:
    """The output span that covers at least half of ``gold``'s characters (the one that covers most), or None."""
    best, best_overlap = None, 0
    for index, span in enumerate(outputs):
        shared = overlap(gold, span)
        if shared > best_overlap:
            best, best_overlap = index, shared
    if best is None or 2 * best_overlap < gold[1] - gold[0]:
        return None
    return best


def name_words(name: str | None) -> list[str]:
    words = folded(name).split()
    if words and words[0] == "the":
        words = words[1:]
    return words


def same_speaker(gold: str, got: str | None) -> bool:
    """Whether ``got`` names the gold speaker: the same words, one name the end of the other ("Bazzi", "Mayor
    Adnan Bazzi"), or the same surname ("Mr. Bazzi"), but not two bodies that share only a generic last word
    ("the Interior Ministry", "the Defence Ministry")."""
    want, have = name_words(gold), name_words(got)
    if not want or not have:
        return False
    shorter, longer = sorted((want, have), key=len)
    if longer[len(longer) - len(shorter) :] == shorter:
        return True
    return want[-1] == have[-1] and want[-1] not in GENERIC_LAST_WORDS


def quote_figures(report: dict[str, Any], result: ArticleResult) -> dict[str, Any]:
    """Quote recall, speaker accuracy and unmatched output quotes of one report, with the quotes behind them."""
    text = report["text"]
    golds = [(gold_span(text, q["text"]), q["speaker"]) for q in report["expect_quotes"]]
    outputs = [(quote.span.start, quote.span.end) for quote in result.quotes]
    speakers = [quote.speaker.name if quote.speaker is not None else None for quote in result.quotes]
    figures: dict[str, Any] = {"gold": len(golds), "found": 0, "named": 0, "speaker_right": 0}
    figures["missed"], figures["wrong_speaker"] = [], []
    for span, speaker in golds:
        index = found_by(span, outputs)
        if index is None:
            figures["missed"].append(text[span[0] : span[1]])
            continue
        figures["found"] += 1
        if speaker is None:
            continue
        figures["named"] += 1
        if same_speaker(speaker, speakers[index]):
            figures["speaker_right"] += 1
        else:
            figures["wrong_speaker"].append((speaker, speakers[index]))
    unmatched = [i for i, out in enumerate(outputs) if not any(overlap(out, span) for span, _ in golds)]
    figures["output"] = len(outputs)
    figures["unmatched"] = [(text[outputs[i][0] : outputs[i][1]], speakers[i]) for i in unmatched]
    return figures


def short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", action="store_true", help="print every field of every report")
    args = parser.parse_args(argv)
    reports = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    engine = Engine()
    right = 0
    right_by_batch: dict[int, list[int]] = {}  # batch -> [right, reports]
    per_field = dict.fromkeys(FIELDS, 0)
    quote_totals = dict.fromkeys(("gold", "found", "named", "speaker_right", "output", "unmatched"), 0)
    with_quotes = 0
    for report in reports:
        article = Article(
            id=report["id"],
            text=report["text"],
            title=report["title"],
            published=date.fromisoformat(report["published"]),
        )
        tally = right_by_batch.setdefault(report.get("batch", 1), [0, 0])
        try:
            result = engine.extract(article)
        except PipelineError as error:  # e.g. a stage over its time limit: wrong on every field, its quotes missed
            tally[1] += 1
            print(f"ERR {report['id']:<20} {error}")
            if "expect_quotes" in report:
                with_quotes += 1
                quote_totals["gold"] += len(report["expect_quotes"])
            continue
        got = observed(result.events[0] if result.events else None)
        wrong = wrong_fields(report["expect"], got)
        for field in FIELDS:
            per_field[field] += field not in wrong
        right += not wrong
        tally[0] += not wrong
        tally[1] += 1
        details = ", ".join(f"{f}: {report['expect'][f]!r} -> {got[f]!r}" for f in wrong)
        print(f"{'ok ' if not wrong else 'BAD'} {report['id']:<20} {details}")
        if args.verbose:
            print("    ", got)
        if "expect_quotes" in report:
            with_quotes += 1
            quotes = quote_figures(report, result)
            for key in quote_totals:
                value = quotes[key]
                quote_totals[key] += len(value) if isinstance(value, list) else value
            print(
                f"    quotes: found {quotes['found']}/{quotes['gold']}, speakers right "
                f"{quotes['speaker_right']}/{quotes['named']}, output {quotes['output']} "
                f"of which {len(quotes['unmatched'])} match no gold quote"
            )
            for missed in quotes["missed"]:
                print(f"      missed: {short(missed)!r}")
            for want, have in quotes["wrong_speaker"]:
                print(f"      speaker: {want!r} -> {have!r}")
            for extra, speaker in quotes["unmatched"]:
                print(f"      no gold: {short(extra)!r} ({speaker!r})")
    print(f"\nevents[0] right on every field: {right} of {len(reports)}")
    if len(right_by_batch) > 1:
        print("by batch: " + ", ".join(f"{b}: {r} of {n}" for b, (r, n) in sorted(right_by_batch.items())))
    print("per field: " + ", ".join(f"{f} {n}/{len(reports)}" for f, n in per_field.items()))
    if with_quotes:
        t = quote_totals
        print(
            f"quotes ({with_quotes} reports): recall {t['found']}/{t['gold']} = {ratio(t['found'], t['gold'])}, "
            f"speaker accuracy {t['speaker_right']}/{t['named']} = {ratio(t['speaker_right'], t['named'])} "
            f"(found quotes with a named gold speaker), output quotes matching no gold quote "
            f"{t['unmatched']}/{t['output']} = {ratio(t['unmatched'], t['output'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
