using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Domain.Detainees;

// Withholding and publishing. Hiding a person is immediate: safety comes first. Making a
// withheld person public again is never one person's act: one asks, another approves.
public sealed partial class Detainee
{
    /// <summary>A request to publish this withheld person, waiting for a second person; null when none is pending.</summary>
    public PublicationRequest? PendingPublication { get; private set; }

    /// <summary>Withholds the person at once; a pending request to publish them is cancelled.</summary>
    public void Withhold()
    {
        Withheld = true;
        PendingPublication = null;
    }

    /// <summary>
    /// Asks for a withheld person to be published. They stay withheld until someone else
    /// approves. A public person needs no request; a request already pending stays as it was
    /// first made, so the second person is checked against whoever asked first.
    /// </summary>
    public void RequestPublication(string requestedBy, DateTimeOffset now, string? requestedById = null)
    {
        requestedBy = Guard.Required(requestedBy, "RequestedBy", FieldLimits.Name);
        if (!Withheld || PendingPublication is not null) return;
        PendingPublication = new PublicationRequest(requestedBy, now, Guard.Optional(requestedById, "RequestedById", Author.IdLength));
    }

    /// <summary>Publishes the person on a pending request made by someone other than <paramref name="reviewer"/>.</summary>
    public void ApprovePublication(string reviewer, string? reviewerId = null)
    {
        var request = PendingRequest(reviewer);
        if (Author.Same(request.RequestedBy, request.RequestedById, reviewer, reviewerId))
            throw new DomainRuleException("ReviewedBy", "A publication must be approved by someone other than the person who requested it.");
        Withheld = false;
        PendingPublication = null;
    }

    /// <summary>
    /// Turns down a pending request: the person stays withheld. The requester may do this
    /// too, since it only keeps the person hidden.
    /// </summary>
    public void RejectPublication(string reviewer)
    {
        PendingRequest(reviewer);
        PendingPublication = null;
    }

    private PublicationRequest PendingRequest(string reviewer)
    {
        Guard.Required(reviewer, "ReviewedBy", FieldLimits.Name);
        return PendingPublication
            ?? throw new DomainRuleException(nameof(PendingPublication), "No publication request is pending for this person.");
    }
}

/// <summary>Who asked for a withheld person to be published, and when.</summary>
public sealed record PublicationRequest(string RequestedBy, DateTimeOffset RequestedAt, string? RequestedById = null);
