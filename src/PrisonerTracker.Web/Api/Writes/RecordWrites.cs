using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Api.Writes;

/// <summary>
/// The PUT, PATCH and DELETE flow every record shares: 404 when absent, If-Match (428/412),
/// merge patch (415/400), then the area's own change, and the new ETag on the response.
/// </summary>
public static class RecordWrites
{
    public static async Task<Results<Ok<TOut>, ProblemHttpResult>> ReplaceAsync<TEntity, TRequest, TOut>(
        HttpContext context, TEntity? entity, string what, TRequest request, Func<TEntity, TRequest, Task> replace, Func<TEntity, TOut> toDto)
        where TEntity : Entity
    {
        if (entity is null) return Problems.Missing(what);
        if (RecordETag.CheckIfMatch(context.Request, entity.Id, entity.Version) is { } failed) return failed;
        await replace(entity, request);
        RecordETag.Set(context, entity.Id, entity.Version);
        return TypedResults.Ok(toDto(entity));
    }

    public static async Task<Results<Ok<TOut>, ProblemHttpResult, ValidationProblem>> PatchAsync<TEntity, TRequest, TOut>(
        HttpContext context, Func<Task<TEntity?>> find, string what, Func<TEntity, TRequest> current,
        Func<TEntity, TRequest, Task> replace, Func<TEntity, TOut> toDto, JsonSerializerOptions json)
        where TEntity : Entity where TRequest : IValidatedRequest
    {
        if (!MergePatch.IsMergePatch(context.Request)) return MergePatch.UnsupportedMediaType();
        var entity = await find();
        if (entity is null) return Problems.Missing(what);
        if (RecordETag.CheckIfMatch(context.Request, entity.Id, entity.Version) is { } failed) return failed;
        var (request, invalid) = await MergePatch.ApplyAsync(context.Request, current(entity), json);
        if (invalid is not null) return invalid;
        await replace(entity, request!);
        RecordETag.Set(context, entity.Id, entity.Version);
        return TypedResults.Ok(toDto(entity));
    }

    /// <summary>Soft delete; If-Match is optional here and checked when sent.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync<TEntity>(
        HttpContext context, TEntity? entity, string what, Func<TEntity, Task> delete)
        where TEntity : Entity
    {
        if (entity is null) return Problems.Missing(what);
        if (context.Request.Headers.ContainsKey("If-Match") && RecordETag.CheckIfMatch(context.Request, entity.Id, entity.Version) is { } failed)
            return failed;
        await delete(entity);
        return TypedResults.NoContent();
    }
}
