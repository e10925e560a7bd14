using FluentValidation;
using FluentValidation.Validators;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>What the document reads from a validator's rules, for body members and query parameters alike.</summary>
public static class ValidatorRules
{
    /// <summary>
    /// Whether the validator refuses to go without the member: an unconditional NotNull or NotEmpty. Members are
    /// nullable in C# so that a missing one is a 400 naming it, not a binding failure; the validator is where
    /// "mandatory" lives. Rules are keyed by the name errors give (camelCase, see RequestValidation), or else the C# name.
    /// </summary>
    public static bool IsMandatory(IValidatorDescriptor descriptor, string jsonName, string memberName) =>
        descriptor.GetRulesForMember(jsonName).Concat(descriptor.GetRulesForMember(memberName)).Distinct()
            // RuleForEach checks each element of a list, not whether the list is there.
            .Where(rule => !IsCollectionRule(rule))
            .SelectMany(rule => rule.Components)
            .Any(component => !component.HasCondition && !component.HasAsyncCondition
                && component.Validator is INotNullValidator or INotEmptyValidator);

    /// <summary>A RuleForEach: it checks each element of a list.</summary>
    public static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
