namespace PrisonerTracker.Infrastructure.Protection;

/// <summary>A stored restricted value could not be decrypted: altered, truncated, or under a key no longer configured.</summary>
public sealed class TamperedValueException(string message) : Exception(message);

/// <summary>The encryption keys are missing or malformed; the app refuses to start rather than store plain values.</summary>
public sealed class EncryptionConfigurationException(string message) : Exception(message);
