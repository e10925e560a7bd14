using Catalogue.Data.Entities;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// One extraction rule: its stable name (written to provenance), how far its reading is trusted, and examples of what it
/// must read (<see cref="Reads"/>: a document and a fact it yields) and must not (<see cref="Ignores"/>).
/// Facts are written <c>kind=value</c> as <see cref="FactStrings"/> lists them.
/// </summary>
public sealed record ExtractionRule(string Name, float Confidence, string Summary)
{
    public IReadOnlyList<(string Document, string Fact)> Reads { get; init; } = [];
    public IReadOnlyList<(string Document, string Fact)> Ignores { get; init; } = [];
}

/// <summary>
/// Every rule the extractor may cite, in one list. A fact's evidence takes its confidence from here, and a rule name not
/// listed here cannot be cited at all.
/// </summary>
public static class ExtractionRules
{
    /// <summary>Facts under this confidence are not stored; the seed report lists them instead.</summary>
    public const float Threshold = 0.5f;

    private static readonly string[] CreditRoleNames =
        [CreditRoles.Director, CreditRoles.CoDirector, CreditRoles.Producer, CreditRoles.ExecutiveProducer, CreditRoles.Cinematographer,
         CreditRoles.Editor, CreditRoles.Composer, CreditRoles.Writer, CreditRoles.Narrator];

    public static readonly IReadOnlyList<ExtractionRule> All = Build();

    private static readonly Dictionary<string, ExtractionRule> ByName = All.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static bool IsRegistered(string name) => ByName.ContainsKey(name);

    public static float ConfidenceOf(string name) =>
        ByName.TryGetValue(name, out var rule) ? rule.Confidence : throw new KeyNotFoundException($"extraction rule '{name}' is not registered");

    private static List<ExtractionRule> Build()
    {
        List<ExtractionRule> rules =
        [
            // Which film: titles and years.
            new("title.field", 0.95f, "A title field: \"Title: Honeyland\".")
                { Reads = [("Title: Honeyland\nDirector: Tamara Kotevska\nYear: 2019", "title=Honeyland")] },
            new("title.heading", 0.85f, "The page heading, without the site's words around it (\"Honeyland review – …\", \"Watch X Online\").")
                { Reads = [("Honeyland review – a beekeeper's quiet epic\n\nHoneyland follows Hatidze Muratova, the last wild beekeeper in her village. Honeyland is patient and generous.", "title=Honeyland")],
                  Ignores = [("Home | Reviews | About\n\nCookie settings\n\nAccept all", "title=Home")] },
            new("title.heading-quoted", 0.85f, "A title quoted in a headline: \"'Navalny' Review: …\", \"Bing Liu on 'Minding the Gap'\"."),
            new("title.heading-with-year", 0.9f, "A heading that writes the title with its year: \"Senna (2010)\", \"Last Men in Aleppo 2017\".")
                { Reads = [("Senna (2010)\n\nDirected by Asif Kapadia\n\nA portrait of the racing driver.", "title=Senna"), ("Senna (2010)\n\nDirected by Asif Kapadia", "year=2010")] },
            new("title.called-a-film", 0.8f, "Prose that calls a title a film: \"Honeyland is a 2019 Macedonian documentary film\".")
                { Reads = [("Honeyland is a 2019 Macedonian documentary film directed by Tamara Kotevska and Ljubomir Stefanov. Honeyland premiered at Sundance.", "title=Honeyland")] },
            new("title.breadcrumb", 0.85f, "The last step of a breadcrumb: \"Home / Shop / Blu-ray / Harlan County, USA\".")
                { Reads = [("Home / Shop / Blu-ray / Harlan County, USA (FE047)\n\nHARLAN COUNTY, U.S.A.\n\nProduced and directed by Barbara Kopple\n\nYear: 1976", "title=Harlan County, USA")] },
            new("title.headline-subject", 0.8f, "The subject of a release's headline: \"CRIP CAMP: A DISABILITY REVOLUTION, WINNER OF …, PREMIERES ON NETFLIX\".")
                { Reads = [("FOR IMMEDIATE RELEASE\n\nCRIP CAMP: A DISABILITY REVOLUTION, WINNER OF THE SUNDANCE AUDIENCE AWARD, PREMIERES ON NETFLIX MARCH 25\n\nNetflix today announced that Crip Camp: A Disability Revolution, the documentary, opens in March.", "title=Crip Camp: A Disability Revolution")] },
            new("title.capitals-in-prose", 0.7f, "A title set in capitals inside running text: \"the television premiere of BLACKFISH, director …\".")
                { Reads = [("CNN Pressroom\n\nCNN Films will present the television premiere of BLACKFISH, a documentary by Gabriela Cowperthwaite. BLACKFISH tells the story of Tilikum.", "title=Blackfish")] },
            new("title.after-possessive", 0.7f, "A title right after its maker's possessive: \"Maite Alberdi's The Mole Agent opens like a detective film\".")
                { Reads = [("CONVERSATIONS\n\nChilean director Maite Alberdi's The Mole Agent opens like a detective film. The Mole Agent then turns into a film about loneliness, and The Mole Agent never hides it.", "title=The Mole Agent")] },
            new("title.quoted", 0.7f, "A quoted title the document names: “Under Siege: Voices from Aleppo” is a gripping documentary."),
            new("title.most-frequent-phrase", 0.65f, "The title-cased phrase the text keeps naming, when nothing labels the film."),
            new("title.year-beside-title", 0.85f, "The year written beside the title the film was found by."),
            new("entry.title-with-specs", 0.85f, "A schedule entry: a title segment followed by facts, \"SENNA | Dir. Asif Kapadia | UK | 2010 | 106 min\".")
                { Reads = [("Festival schedule\n\nSENNA | Dir. Asif Kapadia | UK | 2010 | 106 min\nGRIZZLY MAN | Dir. Werner Herzog | USA | 2005 | 103 min", "Grizzly Man » director=Werner Herzog")] },
            new("entry.capitals-with-year", 0.8f, "A paragraph of a retrospective naming its film in capitals with its year: \"In SALESMAN (1969), which they directed …\".")
                { Reads = [("Albert Maysles, 1926-2015\n\nIn SALESMAN (1969), which they directed with Charlotte Zwerin, four Bible salesmen work the subdivisions of Florida.\n\nThey were together again for GIMME SHELTER (1970), a concert film about the Rolling Stones' tour.", "Gimme Shelter » year=1970")] },
            new("entry.title-with-year", 0.85f, "A round-up entry: a title followed by its year or director in parentheses, \"3. Senna (2010)\".")
                { Reads = [("The best sports documentaries\n\n1. Senna (2010)\nAsif Kapadia's film about Ayrton Senna.\n\n2. Hoop Dreams (1994)\nSteve James follows two teenagers.", "Hoop Dreams » year=1994")] },
            new("line.specs.director-by-position", 0.7f, "A bare name among a line of a film's facts is its director: \"Shaunak Sen — India — Special Screenings\".")
                { Reads = [("All That Breathes\nShaunak Sen — India — 2022 — 94 min\n", "All That Breathes » director=Shaunak Sen")],
                  Ignores = [("Hale County This Morning, This Evening\nUnited States — 2018 — 76 min\nUnited States — Television — PBS, Independent Lens\n", "Hale County This Morning, This Evening » director=Independent Lens")] },
            new("entry.year-then-title", 0.85f, "A round-up entry that gives the year first: \"2017 · LAST MEN IN ALEPPO\"."),
            new("entry.quoted-opening", 0.75f, "A paragraph of a round-up that opens with a quoted title: \"“Fire of Love” (Sara Dosa) …\"."),
            new("entry.numbered", 0.75f, "A numbered list entry that is only a title: \"3. Jiro Dreams of Sushi\"."),
            new("entry.table-row", 0.8f, "A row of a table whose header names a film column, citing its film: \"2 | Jan 29/31 | An Inconvenient Truth (Davis Guggenheim, 2006)\".")
                { Reads = [("SCHEDULE\nwk | dates | screening | reading\n1 | Jan 22 | An Inconvenient Truth (Davis Guggenheim, 2006) | ch. 1\n2 | Jan 29 | Restrepo (Tim Hetherington, 2010, 93 min) | ch. 2", "Restrepo » runtime=93")] },
            new("entry.section-heading", 0.75f, "The heading that opens an item after a rule, when the item names the title again: \"RESTORED: GREY GARDENS\", \"Virunga — streaming on Netflix\".")
                { Reads = [("THE LANTERN\n\n*****\n\nRESTORED: GREY GARDENS\n\nBig Edie and Little Edie in Grey Gardens, restored.\n\n*****\n\nVirunga — streaming on Netflix\n\nVirunga follows the rangers of the park.", "title=Grey Gardens")] },
            new("entry.heading", 0.8f, "A heading followed by a film's fields: \"HONEYLAND\" then \"Director: …\"."),
            new("entry.year", 0.85f, "The year an entry gives its film."),

            // Fields: a label says what the value is.
            new("field.year", 0.95f, "A year field: \"Year: 2019\", \"Released: 2017\".")
                { Reads = [("Honeyland\n\nYear: 2019\nDirector: Tamara Kotevska", "year=2019")] },
            new("field.release-date", 0.85f, "The year of a release-date field: \"Release date: 26 July 2019 (US)\"."),
            new("field.runtime", 0.95f, "A running-time field in any spelling: \"Running time: 85 min\", \"Duration: 1:25\", \"Runtime: 1h 25m\", \"Length: 85'\".")
                { Reads = [("Honeyland\n\nRunning time: 1h 25m\nDirector: Tamara Kotevska", "runtime=85"), ("Honeyland\n\nDuration: 85'\nCountry: North Macedonia", "runtime=85")] },
            new("field.genre", 0.9f, "A genre field: \"Genre: Documentary, Movie, War\" (site categories such as Movie are not genres).")
                { Reads = [("Honeyland 2019\n\nGenre: Documentary\nRun time: 85 min", "genre=Documentary")], Ignores = [("Honeyland 2019\n\nGenre: Documentary, Movie\nRun time: 85 min", "genre=Movie")] },
            new("field.country", 0.95f, "A country field, by name, code or in capitals: \"Country: NORTH MACEDONIA\", \"Countries: DK, SY\".")
                { Reads = [("Honeyland\n\nCountry: NORTH MACEDONIA\nDirector: Tamara Kotevska", "country=MK")] },
            new("field.language", 0.9f, "A language field: \"Language: Turkish, Macedonian\"; subtitles are not a language of the film.")
                { Reads = [("Honeyland\n\nLanguage: Turkish, Macedonian\nDirector: Tamara Kotevska", "language=tr"),
                           ("My Octopus Teacher\n\nDirector     Pippa Ehrlich\nAudio languages        English\nSubtitles              English, French, Zulu", "language=en")],
                  Ignores = [("The Act of Killing\n\nLanguage: Indonesian with English subtitles\nDirector: Joshua Oppenheimer", "language=en"),
                             ("My Octopus Teacher\n\nDirector     Pippa Ehrlich\nAudio languages        English\nSubtitles              English, French, Zulu", "language=zu")] },
            new("line.offer-row", 0.75f, "A row of a where-to-watch table: the service beside its offer (\"● Netflix   Subscription   HD\", \"RENT   Apple TV   $3.99\").")
                { Reads = [("American Factory\n\nAmerican Factory (2019)\n  ● Netflix                    Subscription      HD · 4K · Audio description       ▶ Watch Now\n\nAmerican Factory is a documentary.", "company=Netflix|streaming-platform")],
                  Ignores = [("My Octopus Teacher\n\nYou might also like\n  Blackfish (2013)                     Rent from £3.49\n\nMy Octopus Teacher is a documentary.", "company=Blackfish (2013)|streaming-platform")] },
            new("line.spoken-in", 0.8f, "What the film is spoken in, as a line or a sentence: \"In English and Russian\", \"Hebrew with English subtitles.\"")
                { Reads = [("Navalny\n\nDirected by Daniel Roher\n\nIn English and Russian", "language=ru")], Ignores = [("Waltz with Bashir\n\nDirected by Ari Folman\n\nHebrew with English subtitles.", "language=en")] },
            new("field.subjects", 0.9f, "A cast, \"Starring\" or \"Featuring\" field: in a documentary its people are its subjects."),
            new("field.credit.company-in-parentheses", 0.8f, "A producer's company in parentheses: \"Producer: Atanas Georgiev (Trice Films)\".")
                { Reads = [("Honeyland\n\nProducer: Atanas Georgiev (Trice Films)\nCountry: North Macedonia", "company=Trice Films|production-company")] },
            new("field.rating", 0.9f, "A rating field with its scale: \"IMDb: 7.4/10\", \"Tomatometer: 99%\", \"Metascore: 86\"."),
            new("line.user-rating", 0.75f, "A site's users' average: \"★★★★½ 4.6 out of 5 stars 2,143 ratings\".")
                { Reads = [("Exit Through the Gift Shop [DVD] [2010]\n\n★★★★½  4.6 out of 5 stars   2,143 ratings\n\nDirector: Banksy", "rating=4.6/5")] },
            new("field.synopsis", 0.9f, "A synopsis field."),
            new("layout.synopsis", 0.85f, "A listing's first paragraph, or a synopsis page's description, is the film's synopsis."),
            new("field.views", 0.9f, "A view count field."),
            new("field.original-title", 0.9f, "An original-title field: an alternate title of the film."),
            new("field.alternate-title", 0.85f, "An also-known-as field."),
            new("mention.external-id", 0.95f, "An IMDb, Wikidata or TMDB id or link: \"imdb.com/title/tt8991268\".")
                { Reads = [("Honeyland\n\nDirector: Tamara Kotevska\nIMDb: https://www.imdb.com/title/tt8991268/", "imdb=tt8991268")] },


            // Prose.
            new("prose.year.beside-title", 0.85f, "\"Honeyland (2019)\", \"Honeyland is a 2019 documentary\" in prose."),
            new("prose.year.premiere", 0.7f, "The year of the film's premiere, when nothing gives its year: \"It premiered at Telluride in 2012\".")
                { Reads = [("The Act of Killing\n\nThe Act of Killing is a documentary by Joshua Oppenheimer. It premiered at Telluride in 2012 and won a prize in Berlin.", "year=2012")],
                  Ignores = [("The Act of Killing\n\nThe Act of Killing is a documentary by Joshua Oppenheimer. Like Shoah (1985), which premiered in 1985, it refuses archive.", "year=1985")] },
            new("prose.possessive-title.director", 0.8f, "\"Firas Fayyad's Last Men in Aleppo\" names the director.")
                { Reads = [("Firas Fayyad's Last Men in Aleppo is a vérité portrait of the White Helmets. Last Men in Aleppo won at Sundance. The documentary follows Khaled.", "director=Firas Fayyad")] },
            new("prose.possessive-documentary.director", 0.7f, "\"Tim Wardle's British documentary\": a full name's documentary, with no other title after it, is the film's director's.")
                { Reads = [("Three Identical Strangers (2018)\n\nTim Wardle's British documentary, 96 minutes, about triplets who met by accident.", "director=Tim Wardle")],
                  Ignores = [("Three Identical Strangers (2018)\n\nTim Wardle's earlier documentary The Imposter set the tone for this one about triplets.", "director=Tim Wardle")] },
            new("prose.other-film.title", 0.7f, "Another film the prose credits: \"Cries from Syria, directed by Evgeny Afineevsky\"."),
            new("prose.subject.followed", 0.75f, "\"The film follows X\", \"We follow X\"."),
            new("prose.subject.parenthesised-surname", 0.8f, "\"We follow Khaled (Umar Harah)\": the surname in parentheses."),
            new("prose.subject.first-name", 0.75f, "The first-name form a document uses for a subject."),
            new("prose.subject.introduced-list", 0.75f, "\"films two men: Khaled, a …, and Mahmoud, a …\"."),
            new("prose.subject.about", 0.7f, "Full names right after what a documentary is about: \"a documentary about X, Y and Z\", \"a portrait of X\", \"tells the story of X\".")
                { Reads = [("Three Identical Strangers\n\nThree Identical Strangers is Tim Wardle's British documentary, 96 minutes, about Robert Shafran, Eddy Galland and David Kellman, triplets separated at birth.", "subject=Eddy Galland")],
                  Ignores = [("Searching for Sugar Man\n\nSearching for Sugar Man is a documentary about Detroit and a singer who vanished.", "subject=Detroit"),
                             ("Senna\n\nSenna is a documentary about Formula One racing, and Senna is thrilling.", "subject=Formula One")] },
            new("prose.subject.appearing", 0.7f, "Full names before what they do in a documentary: \"X, Y and Z all appear\", \"X and Y talk about …\", \"X turns up\".")
                { Reads = [("Summer of Soul\n\nSummer of Soul is a documentary about a 1969 festival. Stevie Wonder, Nina Simone and Gladys Knight all appear, most of them on stage.", "subject=Nina Simone")],
                  Ignores = [("Summer of Soul\n\nSummer of Soul is a documentary about a 1969 festival. Scenes in Mount Morris Park appear throughout.", "subject=Mount Morris Park")] },
            new("prose.subject.portrayed", 0.7f, "\"among them X, Y\", \"through the accounts of X\", \"a portrait of X\", \"interviews with X\" in prose about a documentary.")
                { Reads = [("Blackfish is a documentary by Gabriela Cowperthwaite. Through the accounts of former SeaWorld trainers John Hargrove and Samantha Berg, Blackfish tells of Tilikum.", "subject=Samantha Berg")],
                  Ignores = [("Blackfish is a documentary by Gabriela Cowperthwaite. Blackfish premiered at Sundance, among them the best films of the year.", "subject=Gabriela Cowperthwaite")] },
            new("prose.subject.heart-of", 0.75f, "\"At the heart of the documentary is X\"."),
            new("prose.subject.members-list", 0.7f, "\"Khalid, Subhi and Mahmoud, founding members of The White Helmets\"."),
            new("prose.subject.featuring", 0.7f, "\"featuring X and Y\", \"appearances by X\", \"among those interviewed are X\" in prose about a documentary."),
            new("prose.subject.described", 0.65f, "A person the prose describes: \"the journalist Glenn Greenwald\", \"Herman Koto, a paramilitary leader\".")
                { Reads = [("Citizenfour is a documentary by Laura Poitras. Poitras travelled to Hong Kong with the journalist Glenn Greenwald. Citizenfour won an Oscar.", "subject=Glenn Greenwald")],
                  Ignores = [("Citizenfour is a documentary by Laura Poitras. The critic Anthony Lane admired it. Citizenfour won an Oscar.", "subject=Anthony Lane")] },
            new("prose.subject.relative", 0.65f, "A subject's relative or partner named in prose: \"his girlfriend, Sanni McCandless\"."),
            new("prose.company.members-of", 0.7f, "The organisation a list of subjects belongs to."),
            new("prose.company.commissioned-by", 0.8f, "\"commissioned by Panorama\"."),
            new("prose.company.distributed-by", 0.8f, "\"distributed by Dogwoof\"."),
            new("prose.company.streaming-on", 0.75f, "\"streaming on Netflix\"."),
            new("prose.company.broadcast-on", 0.75f, "\"broadcast on BBC Four\"."),
            new("prose.company.released-by", 0.75f, "\"released by Neon\", \"acquired by Netflix\", \"picked up by Dogwoof\"."),
            new("entry.reviewed-at-festival", 0.6f, "A review headed with its festival (\"'20 Days in Mariupol': Sundance Review\"): the film screened there.")
                { Reads = [("'20 Days in Mariupol': Sundance 2023 Review\n\n20 Days in Mariupol is a documentary by Mstyslav Chernov. 20 Days in Mariupol is harrowing.", "award=Sundance Film Festival|selected")] },
            new("prose.award.named-alone", 0.65f, "A sentence that is only a prize and its year, under a film: \"Academy Award for Best Documentary Feature, 1997.\"")
                { Reads = [("When We Were Kings\n\nWhen We Were Kings is a documentary by Leon Gast about Muhammad Ali. Academy Award for Best Documentary Feature, 1997.", "award=Academy Awards|won")],
                  Ignores = [("When We Were Kings\n\nWhen We Were Kings is a documentary by Leon Gast about Muhammad Ali. The Academy Award for Best Documentary Feature that year went elsewhere.", "award=Academy Awards|won")] },
            new("line.prize-named-alone", 0.65f, "A line under a film that is only a prize and its year: \"BAFTA Award for Outstanding British Film, 2004.\"")
                { Reads = [("SEASON\n\nTOUCHING THE VOID\nUK 2003 · Dir: Kevin Macdonald · 106 mins\nBAFTA Award for Outstanding British Film, 2004.\n\nHOOP DREAMS\nUSA 1994 · Dir: Steve James · 170 mins\n", "Touching the Void » award=British Academy Film Awards|won")] },
            new("entry.filmography-credit", 0.7f, "A person's page lists their films: \"2020   City Hall   as Director\" under \"Directing\" credits the person the page is headed with.")
                { Reads = [("Frederick Wiseman\nDirector · Producer · Editor\n\nDirecting\n2020   City Hall   as Director\n2017   Ex Libris: The New York Public Library   as Director\n\nEditing\n2020   City Hall   as Editor\n", "City Hall » editor=Frederick Wiseman")],
                  Ignores = [("Best of the decade\n\n2020 · City Hall\nFrederick Wiseman's portrait of Boston's government.\n\n2017 · Ex Libris\nThe New York Public Library, branch by branch.\n", "City Hall » director=Best of the decade")] },
            new("entry.post-title", 0.7f, "A feed of one account's posts about several films: each post is about the film it names in capitals (\"COLLECTIVE has won …\").")
                { Reads = [("Magnolia Pictures · March 15, 2021\nAlexander Nanau's COLLECTIVE is nominated for two Academy Awards.\n\n"
                            + "Magnolia Pictures · November 20, 2020\nOUT TODAY: COLLECTIVE, in virtual cinemas.\nRomania / Luxembourg 2019 · 1 h 49 min\n\n"
                            + "Magnolia Pictures · July 9, 2020\n#TBT to FOOD, INC. (2008), Robert Kenner's Oscar-nominated doc. 94 min\n", "Food, Inc » director=Robert Kenner")],
                  Ignores = [("Magnolia Pictures · March 15, 2021\nAlexander Nanau's COLLECTIVE is nominated for two Academy Awards.\n\n"
                              + "Magnolia Pictures · November 20, 2020\nOUT TODAY: COLLECTIVE, in virtual cinemas.\n\n"
                              + "Magnolia Pictures · July 9, 2020\n#TBT to FOOD, INC. (2008), Robert Kenner's Oscar-nominated doc. 94 min\n", "Collective » runtime=94")] },
            new("entry.award-list", 0.7f, "A page listing a prize's films gives each its prize: won under a list of winners or marked the winner (★, \"WINNER\"), nominated under a list of nominees.")
                { Reads = [("BEST DOCUMENTARY FEATURE — NOMINEES AND WINNERS\n\nFilms of 2014 — 87th Academy Awards, held February 22, 2015\n  ★ Citizenfour (dir. Laura Poitras) — WINNER\n    Virunga (dir. Orlando von Einsiedel)\n", "Virunga » award=Academy Awards|nominated"),
                           ("Sundance Grand Jury Prize: U.S. Documentary\n\nWinners\n\nYear\tFilm\tDirector(s)\n2015\tThe Wolfpack\tCrystal Moselle\n2016\tWeiner\tJosh Kriegman, Elyse Steinberg\n", "Weiner » award=Sundance Film Festival|won")],
                  Ignores = [("Our ten favourite documentaries\n\n1. Senna (2010)\nAsif Kapadia's film won a BAFTA.\n\n2. Hoop Dreams (1994)\nSteve James follows two teenagers.", "Hoop Dreams » award=British Academy Film Awards|won")] },
            new("entry.award-list.year", 0.7f, "A heading over a group of a prize's entries gives their year: \"Films of 2013 — 86th Academy Awards\".")
                { Reads = [("BEST DOCUMENTARY FEATURE — NOMINEES AND WINNERS\n\nFilms of 2013 — 86th Academy Awards, held March 2, 2014\n  ★ 20 Feet from Stardom (dir. Morgan Neville) — WINNER\n    Dirty Wars (dir. Rick Rowley)\n", "Dirty Wars » year=2013")] },
            new("entry.festival-of-round-up", 0.6f, "A round-up of one festival's films: each of them was selected there, in the edition the page names."),
            new("entry.year-of-festival", 0.6f, "A film first shown at the festival edition a round-up covers has that edition's year when nothing else gives one."),
            new("prose.company.produced-by", 0.75f, "\"produced by Trice Films\": a company is a production company."),
            new("prose.company.in-association-with", 0.75f, "\"produced with Kartemquin Films\", \"in association with Violet Films\": a production company."),
            new("prose.company.companys-work", 0.75f, "\"A Paranoid Pictures film\", \"A Concordia Studio production\", \"A Hulu / Kartemquin Films release\".")
                { Reads = [("Exit Through the Gift Shop is a documentary by Banksy. A Paranoid Pictures film, it premiered at Sundance.", "company=Paranoid Pictures|production-company"),
                           ("Crip Camp\n\nCrip Camp is a documentary about a summer camp. A Higher Ground and Rusted Spoke production, for Netflix.", "company=Rusted Spoke|production-company")],
                  Ignores = [("Won't You Be My Neighbor? is a documentary. A Morgan Neville film, it premiered at Sundance.", "company=Morgan Neville|production-company"),
                             ("Stop Making Sense\n\nStop Making Sense is a concert documentary directed by Jonathan Demme. A Jonathan Demme production, it opened in 1984.", "company=Jonathan Demme|production-company"),
                             ("Senna\n\nSenna is a documentary about a racing driver. A Christmas release, it opened in 2010.", "company=Christmas|distributor")] },
            new("prose.company.from", 0.7f, "A sentence naming only the companies the film is from: \"From CNN Films and Statement Pictures.\"")
                { Reads = [("Apollo 11\n\nApollo 11 is a documentary made from 70mm footage of the mission. From CNN Films and Statement Pictures. Apollo 11 runs 93 minutes.", "company=Statement Pictures|production-company")] },
            new("prose.company.acts-on-it", 0.7f, "\"Sony Pictures Classics released it\", \"HBO aired it later\": the company that distributed or broadcast the film."),
            new("prose.company.original", 0.8f, "\"a Netflix original\", \"an HBO documentary\".")
                { Reads = [("Icarus is a Netflix original documentary directed by Bryan Fogel. Icarus follows Grigory Rodchenkov.", "company=Netflix|streaming-platform")] },
            new("prose.company.also-known-as", 0.7f, "\"The Syrian Civil Defence also known as The White Helmets\"."),
            new("prose.company.alias", 0.7f, "The other name of an organisation introduced with \"also known as\"."),
            new("prose.company.platform-of-version", 0.75f, "The platform a version is on: \"An 88-minute version is streaming on Netflix\"."),
            new("prose.runtime.version", 0.75f, "A running time the sentence ties to a version: \"the theatrical cut runs 104 minutes\"."),
            new("prose.runtime.plain", 0.7f, "The film's length in a sentence that names no version: \"Running a hefty 128 minutes\", \"a 75-minute documentary\", \"Directed by X, 107 minutes\".")
            {
                Reads = [("Amy\n\nAmy is a documentary by Asif Kapadia. Running a hefty 128 minutes, Amy could lose a stretch of its middle.", "runtime=128"),
                         ("Capturing the Friedmans\n\nCapturing the Friedmans is a documentary. Directed by Andrew Jarecki, 107 minutes, and not easy to sit through.", "runtime=107")],
                Ignores = [("Amy\n\nAmy is a documentary by Asif Kapadia. After 20 minutes I was in tears; Amy never lets go.", "runtime=20")],
            },
            new("prose.runtime.version-on-platform", 0.75f, "A version's running time and platform."),
            new("prose.runtime.stated", 0.7f, "A running time the sentence gives the film: \"the 85-minute documentary\", \"runs 85 minutes\"."),
            new("prose.rating.first-person", 0.85f, "\"I give this 4 stars (out of 5)\"."),
            new("prose.rating.grade", 0.8f, "A critic's grade or stars: \"Grade: B+\", \"★★★★☆\", \"Rating: 4/5\"."),
            new("prose.country.demonym", 0.75f, "\"a 2019 Macedonian documentary\": the demonym before the film word.")
                { Reads = [("Honeyland is a 2019 Macedonian documentary film directed by Tamara Kotevska. Honeyland won at Sundance.", "country=MK")],
                  Ignores = [("Last Men in Aleppo is a documentary about Syrian rescuers. Last Men in Aleppo was directed by Firas Fayyad.", "country=SY")] },
            new("prose.genre.documentary", 0.8f, "A film the prose calls a documentary has the genre Documentary."),
            new("prose.language.in", 0.7f, "\"in Turkish and Macedonian with English subtitles\"."),
            new("prose.sentence", 0.9f, "A sentence of a review, kept as an excerpt."),
            new("labelled.sentence", 1.0f, "A sentence the document labels with its sentiment."),
            new("review.user-sentence", 0.9f, "A sentence of a user review."),
            new("article.photo-credit", 0.7f, "A still's credit line repeated under photographs: the distributor's name."),
        ];

        rules.Add(new("field.credit.director", 0.95f, "A director field, one name or a list, in natural or catalogue order (\"KOTEVSKA Tamara\").")
        {
            Reads = [("HONEYLAND\n\nDirector: KOTEVSKA Tamara, STEFANOV Ljubomir\nCountry: NORTH MACEDONIA", "director=Tamara Kotevska"),
                     ("Honeyland\n\nDirected by\nTamara Kotevska\nLjubomir Stefanov\n\nRunning time\n85 minutes", "director=Ljubomir Stefanov"),
                     ("HARLAN COUNTY, U.S.A.\n\nProduced and directed by Barbara Kopple\n\nYear: 1976", "producer=Barbara Kopple"),
                     ("CHASING ICE\n\nTHE FILM\nDirected by Jeff Orlowski  ·  Produced by Paula DuPré Pesmen\n\nUSA · 2012 · 75 min", "director=Jeff Orlowski")],
            Ignores = [("Honeyland\n\nDirector: Trice Films\nCountry: North Macedonia", "director=Trice Films")],
        });
        foreach (var role in CreditRoleNames.Where(r => r != CreditRoles.Director))
            rules.Add(new($"field.credit.{role}", 0.9f, $"A {role} field, one name or a list, in natural or catalogue order."));
        foreach (var role in CompanyRoles.All.Where(r => r != CompanyRoles.Subject))
            rules.Add(new($"field.company.{role}", 0.85f, $"A {role} field naming companies."));
        foreach (var prefix in new[] { "line.specs", "line.tags", "field.technical-specs" })
            foreach (var kind in new[] { "year", "runtime", "country", "language", "genre", "director" })
                rules.Add(new($"{prefix}.{kind}", prefix == "line.tags" ? 0.85f : 0.8f, $"The {kind} segment of a line of facts without labels (\"DCP | 85' | Colour | 2019\")."));
        rules.Add(new("prose.role-phrase.director", 0.8f, "A role noun before a name: \"director X\".")
        {
            Reads = [("Crip Camp\n\nCrip Camp is a documentary by director Nicole Newnham about a summer camp in the Catskills, and Crip Camp is funny.", "director=Nicole Newnham")],
            Ignores = [("Crip Camp\n\nCrip Camp is a documentary about a summer camp, and camp director Larry Allison is its hero. Crip Camp is funny.", "director=Larry Allison")],
        });
        rules.Add(new("prose.role-phrase.plural-role", 0.75f, "A role noun stated of the names after it: \"the film's editors, Erin Casper and Jocelyne Chaput\", \"Executive producers are …\".")
        {
            Reads = [("Fire of Love\n\nFire of Love is a documentary about two volcanologists. The film's editors, Erin Casper and Jocelyne Chaput, won a prize.", "editor=Jocelyne Chaput"),
                     ("Crip Camp\n\nCrip Camp is a documentary about a summer camp. Executive producers are President Barack Obama and Michelle Obama.", "executive-producer=Barack Obama")],
            Ignores = [("Crip Camp\n\nCrip Camp is a documentary about a summer camp. Its director is careful, and Judith Heumann is its heart.", "director=Judith Heumann")],
        });
        rules.Add(new("prose.role-phrase.role-after-name", 0.75f, "A name, then the role it took: \"with Steve James serving as executive producer\", \"X came on as executive producer\".")
        {
            Reads = [("Minding the Gap\n\nMinding the Gap is a documentary about skateboarders, with Steve James serving as executive producer.", "executive-producer=Steve James")],
            Ignores = [("Amy\n\nAmy is a documentary about a singer, with Mitch Winehouse serving as a reluctant witness.", "executive-producer=Mitch Winehouse")],
        });
        rules.Add(new("prose.role-phrase.possessed-work", 0.7f, "Whose work a part of the film is: \"Marco Beltrami's score\", \"Niki Waltl's loose, handheld camerawork\".")
        {
            Reads = [("Free Solo\n\nFree Solo is a documentary about a climber. Marco Beltrami's score pushes too hard in places.", "composer=Marco Beltrami")],
            Ignores = [("Free Solo\n\nFree Solo is a documentary about a climber. Beltrami's score pushes too hard in places.", "composer=Beltrami")],
        });
        foreach (var role in new[] { "co-director", "cinematographer", "composer", "producer", "executive-producer", "editor", "writer", "narrator" })
            rules.Add(new($"prose.role-phrase.{role}", 0.8f, $"A role noun before a name: \"{role} X\"."));
        foreach (var verb in new[] { "directed", "co-directed", "produced", "executive-produced", "edited", "shot", "photographed", "scored", "cinematography", "music", "score", "editing", "narrated", "written", "a-film" })
            rules.Add(new($"prose.role-phrase.{verb}-by", 0.8f, $"\"{verb.Replace('-', ' ')} by X\" after a title or in a sentence about the film."));
        foreach (var outcome in AwardOutcomes.All)
        {
            rules.Add(new($"prose.award.{outcome}", 0.8f, $"A prize the film {outcome}: outcome, prize, event and year from one sentence."));
            rules.Add(new($"line.laurel.{outcome}", 0.8f, $"A laurel or list line: \"{outcome}\" with a prize and an event."));
            rules.Add(new($"line.listed-award.{outcome}", 0.7f, $"A line of an awards or festivals list without an outcome word: the list says it was {outcome}."));
            rules.Add(new($"prose.award-in-context.{outcome}", 0.65f, $"A prize the film {outcome} where the sentence names no event: the event of its paragraph or of the page's heading."));
        }
        return rules;
    }
}
