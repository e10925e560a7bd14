using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks as <c>required</c> the members a body always has, from what decides it rather than from a second list:
/// <list type="bullet">
/// <item>A request body (a type with an <see cref="IValidator{T}"/>): the members its validator refuses to go without
/// (<see cref="ValidatorRules"/>).</item>
/// <item>Anything else the API writes: every member the serializer always writes. The API writes null members as
/// <c>null</c>, so a nullable member is required and nullable (present, maybe null); only members marked
/// <c>JsonIgnore(WhenWritingNull)</c> (or WhenWritingDefault) may be absent, and stay optional.</item>
/// </list>
/// </summary>
public sealed class RequiredMembersSchemaFilter(IServiceProvider services, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : ISchemaFilter
{
    // A copy: asking for contracts locks the options they come from, and those are the API's own.
    private readonly JsonSerializerOptions options = new(json.Value.SerializerOptions);

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties) return;
        if (options.TypeInfoResolver?.GetTypeInfo(context.Type, options) is not { Kind: JsonTypeInfoKind.Object } contract) return;

        var validator = services.GetService(typeof(IValidator<>).MakeGenericType(context.Type)) as IValidator;
        var isRequest = validator is not null;
        var required = validator is not null ? Mandatory(validator, contract) : AlwaysWritten(contract);
        concrete.Required ??= new HashSet<string>();
        foreach (var name in required.Where(properties.ContainsKey))
        {
            concrete.Required.Add(name);
            // A mandatory request member may not be null either: null is refused like a missing member.
            if (isRequest && properties[name] is OpenApiSchema member && member.Type is { } type) member.Type = type & ~JsonSchemaType.Null;
        }
    }

    private IEnumerable<string> AlwaysWritten(JsonTypeInfo contract)
    {
        if (options.DefaultIgnoreCondition != JsonIgnoreCondition.Never) return [];
        return contract.Properties
            .Where(p => p.Get is not null)
            .Where(p => p.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
                .OfType<JsonIgnoreAttribute>().FirstOrDefault() is not { Condition: not JsonIgnoreCondition.Never })
            .Select(p => p.Name);
    }

    private static IEnumerable<string> Mandatory(IValidator validator, JsonTypeInfo contract)
    {
        var descriptor = validator.CreateDescriptor();
        foreach (var property in contract.Properties)
            if (property.AttributeProvider is MemberInfo member && ValidatorRules.IsMandatory(descriptor, property.Name, member.Name))
                yield return property.Name;
    }
}
