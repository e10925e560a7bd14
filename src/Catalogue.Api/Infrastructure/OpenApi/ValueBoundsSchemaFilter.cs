using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Catalogue.Data;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Metadata on a response type, or on one of its members: its strings are stored in the columns of
/// <see cref="Entity"/> (the member of the same name, or <see cref="Property"/>), so they are at most as long as those
/// columns. On a type it may be given more than once; the first entity with a column of the member's name wins.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class StoredAsAttribute(Type entity, string? property = null) : Attribute
{
    public Type Entity => entity;
    public string? Property => property;
}

/// <summary>
/// Writes every member's bounds into the schemas, from what enforces or decides them rather than from a second list:
/// <list type="bullet">
/// <item>A request body (a type with an <see cref="IValidator{T}"/>): its validator's unconditional length, range and
/// comparison rules (RuleForEach's for a list's items), and the value attributes on its members
/// (<see cref="ITextBounds"/>, <see cref="IWholeNumberBounds"/>, <see cref="OneOfAttribute"/>), which its validator
/// checks with the same lists.</item>
/// <item>Anything the API writes: the length of the database column a string is stored in (<see cref="StoredAsAttribute"/>,
/// read from the EF Core model, so the schema says what <c>db/schema.sql</c> says).</item>
/// <item>Every integer without tighter bounds: the range of its type (int32 or int64), which is what a client must be
/// able to hold.</item>
/// </list>
/// </summary>
public sealed class ValueBoundsSchemaFilter(IServiceProvider services, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ISchemaFilter
{
    // A copy: asking for contracts locks the options they come from, and those are the API's own.
    private readonly JsonSerializerOptions options = new(json.Value.SerializerOptions);
    private readonly Lazy<IModel> model = new(() =>
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Model;
    });

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties) return;
        if (options.TypeInfoResolver?.GetTypeInfo(context.Type, options) is not { Kind: JsonTypeInfoKind.Object } contract) return;

        var validator = services.GetService(typeof(IValidator<>).MakeGenericType(context.Type)) as IValidator;
        var descriptor = validator?.CreateDescriptor();
        var stored = context.Type.GetCustomAttributes<StoredAsAttribute>(inherit: true).ToList();
        var typeText = context.Type.GetCustomAttributes(inherit: true).OfType<ITextBounds>().FirstOrDefault();
        foreach (var property in contract.Properties)
        {
            if (!properties.TryGetValue(property.Name, out var member) || member is not OpenApiSchema target) continue;
            var info = property.AttributeProvider as MemberInfo;
            var attributes = info?.GetCustomAttributes(inherit: true) ?? [];
            var rules = descriptor is null || info is null ? [] : Rules(descriptor, property.Name, info.Name);
            // A list's bounds on text are its items'; its own length is maxItems (DataAnnotations' MaxLength).
            var element = target.Type?.HasFlag(JsonSchemaType.Array) == true && target.Items is OpenApiSchema items ? items : target;

            ApplyAttributes(target, element, attributes);
            ApplyRules(target, rules.Where(r => !ValidatorRules.IsCollectionRule(r)));
            if (element != target) ApplyRules(element, rules.Where(ValidatorRules.IsCollectionRule));
            if (descriptor is null && info is not null)
                ApplyStoredLength(element, attributes.OfType<StoredAsAttribute>().Select(a => (a.Entity, a.Property ?? info.Name))
                    .Concat(stored.Select(a => (a.Entity, info.Name))));
            if (typeText is not null && IsString(element) && element.MaxLength is null && element.Enum is not { Count: > 0 })
            {
                element.MaxLength = typeText.MaxLength;
                element.Pattern ??= typeText.Pattern;
            }
            ApplyTypeRange(target, property.PropertyType);
            if (target.AdditionalProperties is OpenApiSchema values && DictionaryValueType(property.PropertyType) is { } valueType)
                ApplyTypeRange(values, valueType);
        }
        if (typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.Type)) DescribeProblem(properties);
    }

    /// <summary>
    /// What the API's problem bodies hold: a type URI and a title from <see cref="ProblemTypes"/> (or ASP.NET Core's for a
    /// status the table lacks, all short), and an HTTP status. Detail and instance are free text and stay unbounded.
    /// </summary>
    private static void DescribeProblem(IDictionary<string, IOpenApiSchema> properties)
    {
        if (properties.TryGetValue("type", out var type) && type is OpenApiSchema typeSchema)
        {
            typeSchema.MaxLength = 100;
            typeSchema.Format = "uri";
        }
        if (properties.TryGetValue("title", out var title) && title is OpenApiSchema titleSchema) titleSchema.MaxLength = 100;
        if (properties.TryGetValue("status", out var status) && status is OpenApiSchema statusSchema)
        {
            statusSchema.Minimum = "100";
            statusSchema.Maximum = "599";
        }
    }

    private static bool IsString(OpenApiSchema schema) => schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.Format is null;

    private static Type? DictionaryValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))?.GetGenericArguments()[1];

    private static IReadOnlyList<IValidationRule> Rules(IValidatorDescriptor descriptor, string jsonName, string memberName) =>
        descriptor.GetRulesForMember(jsonName).Concat(descriptor.GetRulesForMember(memberName)).Distinct().ToList();


    private static void ApplyAttributes(OpenApiSchema schema, OpenApiSchema element, object[] attributes)
    {
        if (attributes.OfType<ITextBounds>().FirstOrDefault() is { } text)
        {
            element.MaxLength = text.MaxLength;
            element.Pattern ??= text.Pattern;
        }
        if (attributes.OfType<IWholeNumberBounds>().FirstOrDefault() is { } number)
        {
            schema.Minimum = number.Minimum.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = number.Maximum.ToString(CultureInfo.InvariantCulture);
        }
        if (attributes.OfType<OneOfAttribute>().FirstOrDefault() is { } oneOf)
            element.Enum = oneOf.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList();
    }

    private static void ApplyRules(OpenApiSchema schema, IEnumerable<IValidationRule> rules)
    {
        foreach (var component in rules.SelectMany(r => r.Components).Where(c => !c.HasCondition && !c.HasAsyncCondition))
            switch (component.Validator)
            {
                case ILengthValidator length:
                    if (length.Max > 0) schema.MaxLength = Math.Min(schema.MaxLength ?? int.MaxValue, length.Max);
                    if (length.Min > 0) schema.MinLength = length.Min;
                    break;
                case IBetweenValidator between when IsNumber(between.From) && IsNumber(between.To):
                    schema.Minimum = Number(between.From);
                    schema.Maximum = Number(between.To);
                    break;
                case IComparisonValidator { ValueToCompare: { } value } comparison when IsNumber(value):
                    if (comparison.Comparison is Comparison.GreaterThanOrEqual) schema.Minimum = Number(value);
                    if (comparison.Comparison is Comparison.LessThanOrEqual) schema.Maximum = Number(value);
                    break;
            }
    }

    private void ApplyStoredLength(OpenApiSchema schema, IEnumerable<(Type Entity, string Property)> columns)
    {
        if (schema.Type?.HasFlag(JsonSchemaType.String) != true || schema.MaxLength is not null || schema.Enum is { Count: > 0 }) return;
        foreach (var (entity, property) in columns)
            if (model.Value.FindEntityType(entity)?.FindProperty(property)?.GetMaxLength() is { } length)
            {
                schema.MaxLength = length;
                return;
            }
    }

    private static void ApplyTypeRange(OpenApiSchema schema, Type type)
    {
        // The serializer writes a DateTimeOffset as ISO 8601 with 7 fractional digits and an offset: 33 characters at most.
        if ((Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTimeOffset) && schema.Type?.HasFlag(JsonSchemaType.String) == true)
            schema.MaxLength ??= 33;
        if (schema.Type?.HasFlag(JsonSchemaType.Integer) != true) return;
        var (min, max) = (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(long) => (long.MinValue, long.MaxValue),
            var t when t == typeof(int) => (int.MinValue, int.MaxValue),
            _ => (0L, 0L),
        };
        if (min == max) return;
        schema.Minimum ??= min.ToString(CultureInfo.InvariantCulture);
        schema.Maximum ??= max.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsNumber(object? value) => value is int or long or decimal or double;

    private static string Number(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
