using Vigil.Samples.QrOrdering;

QrOrderingApp.Build(args).Run();
