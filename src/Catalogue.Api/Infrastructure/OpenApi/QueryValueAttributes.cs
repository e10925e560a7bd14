using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

// Query parameters are bound as strings, so that a bad value is reported by name in a 400 instead of failing binding.
// These attributes say what a client should send: the parameter filter below writes them into the document, so a
// typed client gets integers, numbers and enums. The closed vocabularies are read from the same lists the
// validators check against.

/// <summary>
/// A string parameter's bounds: at most <see cref="MaxLength"/> characters, matching <see cref="Pattern"/> when there
/// is one. Written into the document by <see cref="QueryValueParameterFilter"/>; on a handler's own parameter (a path
/// segment) enforced by the validation filter too, with a 400 naming it (query records have validators of their own).
/// </summary>
public interface ITextBounds
{
    int MaxLength { get; }
    string? Pattern { get; }
}

/// <summary>A whole-number parameter's bounds; like <see cref="ITextBounds"/>, enforced on a handler's own parameters.</summary>
public interface IWholeNumberBounds
{
    long Minimum { get; }
    long Maximum { get; }
}

/// <summary>A whole number from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WholeNumberAttribute(long minimum, long maximum) : Attribute, IWholeNumberBounds
{
    public long Minimum => minimum;
    public long Maximum => maximum;
}

/// <summary>A decimal number from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DecimalNumberAttribute(double minimum, double maximum) : Attribute
{
    public double Minimum => minimum;
    public double Maximum => maximum;
}

/// <summary>One of the strings in the static member <paramref name="member"/> of <paramref name="holder"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type holder, string member) : Attribute
{
    public IEnumerable<string> Values =>
        (IEnumerable<string>)(holder.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? holder.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{holder.Name}.{member} is not a public static list"));
}

/// <summary>Free text of at most <see cref="MaxLength"/> characters, optionally matching <see cref="Pattern"/>. On a
/// response type: every string member it has that has no bound of its own (a list of links, say).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class)]
public sealed class TextAttribute(int maxLength) : Attribute, ITextBounds
{
    public int MaxLength => maxLength;
    public string? Pattern { get; init; }
}

/// <summary>
/// Writes the query value attributes into each parameter's schema, and marks required a query record's parameter
/// its validator refuses to go without (<see cref="ValidatorRules"/>).
/// </summary>
public sealed class QueryValueParameterFilter(IServiceProvider services) : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter concrete) return;
        if (context.PropertyInfo is { DeclaringType: { } record } property
            && services.GetService(typeof(FluentValidation.IValidator<>).MakeGenericType(record)) is FluentValidation.IValidator validator
            && ValidatorRules.IsMandatory(validator.CreateDescriptor(), concrete.Name ?? "", property.Name))
            concrete.Required = true;
        var attributes = (context.PropertyInfo?.GetCustomAttributes(true) ?? context.ParameterInfo?.GetCustomAttributes(true) ?? []).ToList();
        OpenApiSchema? schema = attributes switch
        {
            _ when attributes.OfType<IWholeNumberBounds>().FirstOrDefault() is { } number => new OpenApiSchema
            {
                Type = JsonSchemaType.Integer, Format = number.Minimum >= int.MinValue && number.Maximum <= int.MaxValue ? "int32" : "int64",
                Minimum = number.Minimum.ToString(CultureInfo.InvariantCulture), Maximum = number.Maximum.ToString(CultureInfo.InvariantCulture),
            },
            _ when attributes.OfType<DecimalNumberAttribute>().FirstOrDefault() is { } number => new OpenApiSchema
            {
                Type = JsonSchemaType.Number, Format = "double",
                Minimum = number.Minimum.ToString(CultureInfo.InvariantCulture), Maximum = number.Maximum.ToString(CultureInfo.InvariantCulture),
            },
            _ when attributes.OfType<OneOfAttribute>().FirstOrDefault() is { } oneOf => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
            },
            _ when attributes.OfType<ITextBounds>().FirstOrDefault() is { } text => new OpenApiSchema
            {
                Type = JsonSchemaType.String, MaxLength = text.MaxLength, Pattern = text.Pattern,
            },
            _ => null,
        };
        if (schema is not null) concrete.Schema = schema;
    }
}
