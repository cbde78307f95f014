package app.khabar.related;

/** Bounded selection of the best items without sorting them all: O(count · log k), primitive ints only. */
final class TopK {

    /** A strict total order on items: {@code before(a, b)} when a ranks ahead of b. */
    @FunctionalInterface
    interface Order {
        boolean before(int a, int b);
    }

    private TopK() {
    }

    /** The at most k best of {@code items[0, count)}, best first. */
    static int[] best(int[] items, int count, int k, Order order) {
        int size = Math.min(k, count);
        // min-heap on rank: the root is the worst item kept, the one a better item replaces
        int[] heap = new int[size];
        int kept = 0;
        for (int c = 0; c < count; c++) {
            int item = items[c];
            if (kept < size) {
                heap[kept] = item;
                siftUp(heap, kept++, order);
            } else if (size > 0 && order.before(item, heap[0])) {
                heap[0] = item;
                siftDown(heap, 0, size, order);
            }
        }
        int[] best = new int[size];
        for (int last = size - 1; last >= 0; last--) {
            best[last] = heap[0];
            heap[0] = heap[last];
            siftDown(heap, 0, last, order);
        }
        return best;
    }

    static int[] range(int count) {
        int[] items = new int[count];
        for (int c = 0; c < count; c++) {
            items[c] = c;
        }
        return items;
    }

    private static void siftUp(int[] heap, int at, Order order) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!order.before(heap[parent], heap[at])) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int at, int size, Order order) {
        while (true) {
            int worst = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && order.before(heap[worst], heap[left])) {
                worst = left;
            }
            if (right < size && order.before(heap[worst], heap[right])) {
                worst = right;
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
