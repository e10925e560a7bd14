using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Infrastructure.Validation;

public static class RequestValidation
{
    /// <summary>
    /// Registers every validator in this assembly (FluentValidation's DI package is not available to us) and makes
    /// error keys the camelCase names clients send, so a 400 names the query parameter, not the C# property.
    /// </summary>
    public static IServiceCollection AddRequestValidators(this IServiceCollection services)
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

        var validators = typeof(RequestValidation).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(service => (service, type)));
        foreach (var (service, implementation) in validators)
            services.AddSingleton(service, implementation);
        return services;
    }

    /// <summary>400 naming each bad parameter or member, for validation that runs inside a handler (a merge patch, say).</summary>
    public static ValidationProblem Problem(IEnumerable<FluentValidation.Results.ValidationFailure> failures) =>
        Problem(failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToList()));

    internal static ValidationProblem Problem(Dictionary<string, List<string>> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            detail: "One or more parameters are invalid; see errors.");

    /// <summary>Adds the one validation filter to a route group: every handler argument with a validator is checked.</summary>
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ValidationFilter>();
}

/// <summary>Answers 400 with a ValidationProblemDetails listing every bad parameter before the handler runs.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null) continue;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator) continue;

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            foreach (var failure in result.Errors)
            {
                if (!errors.TryGetValue(failure.PropertyName, out var messages)) errors[failure.PropertyName] = messages = [];
                messages.Add(failure.ErrorMessage);
            }
        }
        return errors.Count == 0 ? await next(context) : RequestValidation.Problem(errors);
    }
}
