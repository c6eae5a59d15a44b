namespace PrisonerTracker.Web.Api;

/// <summary>For endpoints that take no query parameters: any parameter is refused as unknown.</summary>
public sealed record NoQuery;
