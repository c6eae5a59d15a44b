using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Events;

namespace PrisonerTracker.Web.Features.Detainees;

/// <summary>One CSV line of the detainee list: lists joined with ";", the permalink in <c>url</c>.</summary>
public sealed record DetaineeCsvRow(
    Guid Id, string Name, string NameVariants, Gender Gender, bool MinorAtArrest, string Nationalities, ServiceBranch Service,
    string? Occupation, string? Region, string? Charges, string? Sentence, PrisonerTracker.Domain.Status.DetaineeStatus Status, DateOnly? StatusSince,
    DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, Guid? CurrentFacilityId, string? CurrentFacilityName, EventKind? ReportedUnverifiedKind, DateOnly? ReportedUnverifiedDate,
    DateTimeOffset UpdatedAt, string Url)
{
    public static DetaineeCsvRow From(DetaineeItem item) => new(
        item.Id, item.Name, string.Join(';', item.NameVariants), item.Gender, item.MinorAtArrest, string.Join(';', item.Nationalities),
        item.Service, item.Occupation, item.Region, item.Charges, item.Sentence, item.Status, item.StatusSince,
        item.StatusSincePrecision, item.StatusSinceApproximate,
        item.CurrentFacility?.Id, item.CurrentFacility?.Name, item.ReportedUnverified?.Kind, item.ReportedUnverified?.Date,
        item.UpdatedAt, item.Url);
}

/// <summary>The staff export (editors, reviewers): the public columns, then withheld. Never restricted columns.</summary>
public sealed record DetaineeStaffCsvRow(
    Guid Id, string Name, string NameVariants, Gender Gender, bool MinorAtArrest, string Nationalities, ServiceBranch Service,
    string? Occupation, string? Region, string? Charges, string? Sentence, PrisonerTracker.Domain.Status.DetaineeStatus Status, DateOnly? StatusSince,
    DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, Guid? CurrentFacilityId, string? CurrentFacilityName, EventKind? ReportedUnverifiedKind, DateOnly? ReportedUnverifiedDate,
    DateTimeOffset UpdatedAt, string Url, bool Withheld)
{
    public static DetaineeStaffCsvRow From(DetaineeItem item)
    {
        var p = DetaineeCsvRow.From(item);
        return new(p.Id, p.Name, p.NameVariants, p.Gender, p.MinorAtArrest, p.Nationalities, p.Service, p.Occupation, p.Region,
            p.Charges, p.Sentence, p.Status, p.StatusSince, p.StatusSincePrecision, p.StatusSinceApproximate, p.CurrentFacilityId, p.CurrentFacilityName, p.ReportedUnverifiedKind, p.ReportedUnverifiedDate,
            p.UpdatedAt, p.Url, item.Withheld == true);
    }
}

/// <summary>The admin export: the staff columns, then the restricted fields. Every download is recorded (RestrictedExportAudit).</summary>
public sealed record DetaineeAdminCsvRow(
    Guid Id, string Name, string NameVariants, Gender Gender, bool MinorAtArrest, string Nationalities, ServiceBranch Service,
    string? Occupation, string? Region, string? Charges, string? Sentence, PrisonerTracker.Domain.Status.DetaineeStatus Status, DateOnly? StatusSince,
    DatePrecision? StatusSincePrecision, bool StatusSinceApproximate, Guid? CurrentFacilityId, string? CurrentFacilityName, EventKind? ReportedUnverifiedKind, DateOnly? ReportedUnverifiedDate,
    DateTimeOffset UpdatedAt, string Url, bool Withheld, string? NationalId, string? FamilyContact, string? HealthNotes, string? PrivateNotes)
{
    public static DetaineeAdminCsvRow From(DetaineeItem item)
    {
        var p = DetaineeStaffCsvRow.From(item);
        var r = item.Restricted;
        return new(p.Id, p.Name, p.NameVariants, p.Gender, p.MinorAtArrest, p.Nationalities, p.Service, p.Occupation, p.Region,
            p.Charges, p.Sentence, p.Status, p.StatusSince, p.StatusSincePrecision, p.StatusSinceApproximate, p.CurrentFacilityId, p.CurrentFacilityName, p.ReportedUnverifiedKind, p.ReportedUnverifiedDate,
            p.UpdatedAt, p.Url, p.Withheld, r?.NationalId, r?.FamilyContact, r?.HealthNotes, r?.PrivateNotes);
    }
}
