/**
 * The LASSO that LEAR fits for each hour ({@link LassoAicPath}): the penalty chosen by the Akaike information
 * criterion along the regularisation path, then a refit at that penalty, reproducing epftoolbox's
 * {@code LassoLarsIC(criterion='aic')} then {@code Lasso(alpha)} as run for the published LEAR results (Lago et al.
 * 2021); one {@link LassoAicPath.Design} (column means and Gram matrix, optionally sample-weighted) serves the 24
 * hourly responses of a day, solved by LARS-lasso homotopy (Efron et al. 2004) or coordinate descent. Own numeric
 * code on double arrays (Smile's {@code LASSO} exposes no path); features and scaling are {@code model.lear}'s, and
 * no I/O here.
 */
package org.convergence.model.lasso;
