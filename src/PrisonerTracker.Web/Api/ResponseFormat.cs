namespace PrisonerTracker.Web.Api;

/// <summary>The <c>format</c> query parameter of collections: JSON (default) or CSV.</summary>
public enum ResponseFormat { Json, Csv }
