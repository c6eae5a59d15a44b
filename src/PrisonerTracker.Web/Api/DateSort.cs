namespace PrisonerTracker.Web.Api;

/// <summary>Sort orders of dated collections (query spelling: date, -date, updated, -updated).</summary>
public enum DateSort { Date, DateDesc, Updated, UpdatedDesc }
