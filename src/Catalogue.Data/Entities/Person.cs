namespace Catalogue.Data.Entities;

public class Person
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string SearchKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];
    public List<Credit> Credits { get; set; } = [];
}

public class PersonAlias
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public required string Alias { get; set; }
    public string SearchKey { get; private set; } = "";
}
