namespace Catalogue.Data.Entities;

public class Credit
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public long PersonId { get; set; }
    public Person Person { get; set; } = null!;
    /// <summary>One of <see cref="CreditRoles.All"/>.</summary>
    public required string Role { get; set; }
    /// <summary>Free text from the source, e.g. "a civil-defence volunteer".</summary>
    public string? Description { get; set; }
    public int? BillingOrder { get; set; }
}

public static class CreditRoles
{
    public const string Director = "director";
    public const string CoDirector = "co-director";
    public const string Cinematographer = "cinematographer";
    public const string Producer = "producer";
    public const string ExecutiveProducer = "executive-producer";
    public const string Writer = "writer";
    public const string Editor = "editor";
    public const string Composer = "composer";
    public const string Narrator = "narrator";
    public const string Subject = "subject";
    public const string Cast = "cast";

    public static readonly IReadOnlyList<string> All =
        [Director, CoDirector, Cinematographer, Producer, ExecutiveProducer, Writer, Editor, Composer, Narrator, Subject, Cast];
}
