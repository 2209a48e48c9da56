using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Twinning.Tests.Infrastructure;

/// <summary>The database engines the app supports; persistence tests run on each.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>Feeds a theory every <see cref="Engine"/>, so a test written once checks both.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothEnginesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new(Enum.GetValues<Engine>().Select(engine => (ITheoryDataRow)new TheoryDataRow<Engine>(engine)).ToList());

    public override bool SupportsDiscoveryEnumeration() => true;
}
