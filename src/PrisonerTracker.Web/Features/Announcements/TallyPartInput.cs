using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using PrisonerTracker.Domain.Announcements;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Web.Api.Validation;

namespace PrisonerTracker.Web.Features.Announcements;

/// <summary>One group of a tally of people held, as written: <c>{"group": "military", "count": 175}</c>.</summary>
/// <param name="Group">women, military, minors or foreign-or-dual-nationals.</param>
/// <param name="Count">People in the group; at most the tally's number.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TallyPartInput(TallyGroup? Group, [property: Range(0, int.MaxValue)] int? Count)
{
    public static void ValidateAll(RequestErrors errors, IReadOnlyList<TallyPartInput?>? parts)
    {
        if (parts is null) return;
        if (parts.Count > FieldLimits.BreakdownGroups) errors.Add("breakdown", $"At most {FieldLimits.BreakdownGroups} groups per breakdown.");
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not { } part)
            {
                errors.Add($"breakdown[{i}]", "Each group needs a group and a count.");
                continue;
            }
            errors.Defined($"breakdown[{i}].group", part.Group, required: true);
            errors.Required($"breakdown[{i}].count", part.Count);
            errors.NotNegative($"breakdown[{i}].count", part.Count);
        }
    }

    public TallyPart ToPart() => new(Group!.Value, Count!.Value);
}
