using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalogue.Api.Infrastructure.OpenApi;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Infrastructure.Validation;

public static class RequestValidation
{
    /// <summary>
    /// Registers every validator in this assembly (singletons: they hold no state, and the validation filter resolves
    /// them once per endpoint) and makes error keys the camelCase names clients send, so a 400 names the query
    /// parameter, not the C# property.
    /// </summary>
    public static IServiceCollection AddRequestValidators(this IServiceCollection services)
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

        return services.AddValidatorsFromAssembly(typeof(RequestValidation).Assembly, ServiceLifetime.Singleton);
    }

    /// <summary>400 naming each bad parameter or member, for validation that runs inside a handler (a merge patch, say).</summary>
    public static ValidationProblem Problem(IEnumerable<FluentValidation.Results.ValidationFailure> failures) =>
        Problem(failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToList()));

    /// <summary>The detail of every 400 that names its bad parameters in errors.</summary>
    public const string Detail = "One or more parameters are invalid; see errors.";

    internal static ValidationProblem Problem(Dictionary<string, List<string>> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), detail: Detail);

    /// <summary>Adds the one validation filter to a route group: every handler argument with a validator is checked.</summary>
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(ValidationFilter.Create);
}

/// <summary>
/// Answers 400 with a ValidationProblemDetails listing every bad parameter before the handler runs. Built once per
/// endpoint: the handler's parameters that have an <see cref="IValidator{T}"/>, and its own parameters (path segments)
/// that declare bounds (<see cref="ITextBounds"/>, <see cref="IWholeNumberBounds"/>, as the OpenAPI document states
/// them), are found when the endpoint is built, and an endpoint with none runs without the filter.
/// </summary>
internal static class ValidationFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validators = new List<(int Index, IValidator Validator)>();
        var bounded = new List<(int Index, string Name, Func<object?, string?> Check)>();
        var parameters = context.MethodInfo.GetParameters();
        for (var i = 0; i < parameters.Length; i++)
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(parameters[i].ParameterType);
            if (context.ApplicationServices.GetService(validatorType) is IValidator validator) validators.Add((i, validator));
            if (Bounds(parameters[i]) is { } check) bounded.Add((i, JsonNamingPolicy.CamelCase.ConvertName(parameters[i].Name!), check));
        }
        if (validators.Count == 0 && bounded.Count == 0) return next;

        return async invocation =>
        {
            var errors = new Dictionary<string, List<string>>();
            foreach (var (index, name, check) in bounded)
                if (check(invocation.Arguments[index]) is { } message) errors[name] = [$"{name} {message}"];
            foreach (var (index, validator) in validators)
            {
                if (invocation.Arguments[index] is not { } argument) continue;
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                foreach (var failure in result.Errors)
                {
                    if (!errors.TryGetValue(failure.PropertyName, out var messages)) errors[failure.PropertyName] = messages = [];
                    messages.Add(failure.ErrorMessage);
                }
            }
            return errors.Count == 0 ? await next(invocation) : RequestValidation.Problem(errors);
        };
    }

    /// <summary>What is wrong with a value of the parameter (null: nothing), when the parameter declares bounds.</summary>
    private static Func<object?, string?>? Bounds(ParameterInfo parameter)
    {
        var attributes = parameter.GetCustomAttributes(true);
        if (attributes.OfType<ITextBounds>().FirstOrDefault() is { } text)
        {
            var pattern = text.Pattern is null ? null : new Regex(text.Pattern, RegexOptions.CultureInvariant);
            var rule = pattern is null ? $"at most {text.MaxLength} characters" : $"at most {text.MaxLength} characters matching {text.Pattern}";
            return value => value is string s && (s.Length > text.MaxLength || pattern?.IsMatch(s) == false) ? $"must be {rule}." : null;
        }
        if (attributes.OfType<IWholeNumberBounds>().FirstOrDefault() is { } number)
            return value => value is long or int && Convert.ToInt64(value, CultureInfo.InvariantCulture) is var n && (n < number.Minimum || n > number.Maximum)
                ? $"must be a whole number from {number.Minimum} to {number.Maximum}."
                : null;
        return null;
    }
}
