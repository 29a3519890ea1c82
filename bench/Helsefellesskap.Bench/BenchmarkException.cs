namespace Helsefellesskap.Bench;

/// <summary>An expected failure (bad arguments, server not starting, wrong answers): reported without a stack trace.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
