using Helsefellesskap.Web.Features.Demo;
using Helsefellesskap.Web.Features.Deviations;

namespace Helsefellesskap.Tests.Unit;

public sealed class DeviationDemoTextsTests
{
    [Fact]
    public void No_demo_text_holds_anything_the_patient_data_guard_stops()
    {
        var texts = DeviationDemoTexts.All.ToList();

        Assert.True(texts.Count > 60);
        Assert.All(texts, text => Assert.True(PatientDataGuard.Scan(text).Count == 0, $"The guard stops «{text}»"));
    }
}
