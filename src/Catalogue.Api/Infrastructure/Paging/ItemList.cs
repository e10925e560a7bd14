namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>A whole, unpaged list (a film's credits, runtimes, the genres...): small by nature.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);
