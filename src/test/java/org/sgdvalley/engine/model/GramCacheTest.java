package org.sgdvalley.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.SparseRegression;

class GramCacheTest {
    @Test
    void testLossFromTheGramMatrixEqualsTheDirectSum() {
        Dataset data = SparseRegression.generate(20, 500, 30, 3, 7);
        DiagonalNetwork net = new DiagonalNetwork(30, 0.1, 0.0);
        double[] params = new double[60];
        Rng rng = new Rng(1);
        for (int i = 0; i < params.length; i++) {
            params[i] = rng.nextGaussian();
        }
        double direct = 0;
        for (int i = 0; i < data.nTest(); i++) {
            double r = net.predict(params, data.xTest(), i * 30) - data.yTest()[i];
            direct += 0.5 * r * r;
        }
        direct /= data.nTest();
        assertThat(net.loss(params, data.xTest(), data.yTest())).isCloseTo(direct, offset(1e-12 * direct));
    }

    @Test
    void trainLossFromCachedColumnsEqualsTheDirectSum() {
        Dataset data = SparseRegression.generate(20, 500, 30, 3, 7);
        DiagonalNetwork net = new DiagonalNetwork(30, 0.1, 0.0);
        double[] params = new double[60];
        Rng rng = new Rng(2);
        for (int i = 0; i < params.length; i++) {
            params[i] = rng.nextGaussian();
        }
        for (int round = 0; round < 2; round++) {
            double direct = 0;
            for (int i = 0; i < data.n(); i++) {
                double r = net.predict(params, data.xTrain(), i * 30) - data.yTrain()[i];
                direct += 0.5 * r * r;
            }
            direct /= data.n();
            assertThat(net.loss(params, data.xTrain(), data.yTrain())).isCloseTo(direct, offset(1e-12 * direct));
            params[3] = 0;
            params[40] *= -2;
        }
    }
}
