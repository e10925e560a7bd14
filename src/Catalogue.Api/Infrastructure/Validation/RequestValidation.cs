using System.Reflection;
using System.Text.Json;
using FluentValidation;

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
        if (errors.Count == 0) return await next(context);

        return TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            detail: "One or more query parameters are invalid; see errors.");
    }
}
