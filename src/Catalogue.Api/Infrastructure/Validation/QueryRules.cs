using System.Globalization;
using FluentValidation;

namespace Catalogue.Api.Infrastructure.Validation;

/// <summary>Rules shared by the query models: every parameter arrives as a string so a bad one is named, not a bare 400.</summary>
public static class QueryRules
{
    public const int MaxSearchLength = 200;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static readonly string LimitMessage = $"limit must be a whole number from 1 to {MaxLimit}.";

    /// <summary>A whole-number parameter parsed once, for the validator and the handler alike.</summary>
    public static Parsed<int> ParseInt(string? value) =>
        value is null ? new(true, null)
        : int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? new(true, number) : new(false, null);

    /// <summary>A decimal parameter parsed once, for the validator and the handler alike.</summary>
    public static Parsed<decimal> ParseDecimal(string? value) =>
        value is null ? new(true, null)
        : decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? new(true, number) : new(false, null);

    public static IRuleBuilderOptions<T, string?> MustBeLimit<T>(this IRuleBuilder<T, string?> rule, Func<T, Parsed<int>> parsed) =>
        rule.Must((query, _) => parsed(query).IsWithin(1, MaxLimit))
            .WithMessage(LimitMessage);

    public static IRuleBuilderOptions<T, string?> MustBeWholeNumber<T>(this IRuleBuilder<T, string?> rule, Func<T, Parsed<int>> parsed, int min, int max) =>
        rule.Must((query, _) => parsed(query).IsWithin(min, max))
            .WithMessage("{PropertyName} must be a whole number from " + min + " to " + max + ".");

    public static IRuleBuilderOptions<T, string?> MustBeSearchText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || (value.Trim().Length > 0 && value.Length <= MaxSearchLength && !value.Any(char.IsControl)))
            .WithMessage($"q must be 1 to {MaxSearchLength} characters, not blank, without control characters.");

    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyCollection<string> allowed) =>
        rule.Must(value => value is null || allowed.Contains(value))
            .WithMessage("{PropertyName} must be one of: " + string.Join(", ", allowed) + ".");
}

/// <summary>A query parameter after parsing: absent (well formed, no value), a value, or text that is not one.</summary>
public readonly record struct Parsed<T>(bool IsWellFormed, T? Value) where T : struct, IComparable<T>
{
    /// <summary>Absent, or a value from min to max inclusive.</summary>
    public bool IsWithin(T min, T max) => IsWellFormed && (Value is not { } value || (value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0));
}
