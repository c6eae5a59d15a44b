using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PrisonerTracker.Infrastructure.Protection;

/// <summary>
/// Encrypts on the way to the database and decrypts on the way back, for every path EF takes
/// (tracked saves, projections, <c>ExecuteUpdate</c>). Without a protector (design time) any use throws.
/// </summary>
internal sealed class ProtectedConverter(FieldProtector? protector) : ValueConverter<string, string>(
    plain => Require(protector).Protect(plain),
    stored => Require(protector).Unprotect(stored))
{
    private static FieldProtector Require(FieldProtector? protector) =>
        protector ?? throw new EncryptionConfigurationException("No encryption key is configured for this database context.");
}

/// <summary>
/// The converters hold the protector, so the model is built once per protector (the app has one;
/// tests and key rotation may use others) instead of once per process.
/// </summary>
internal sealed class ProtectorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is TrackerDbContext tracker ? (context.GetType(), tracker.Protector, designTime) : (object)(context.GetType(), designTime);
}
